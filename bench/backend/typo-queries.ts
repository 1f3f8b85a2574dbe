import { nameTokens } from "../../src/core/names";
import { Random } from "./random";

export const TYPO_KINDS = ["insertion", "deletion", "substitution", "transposition"] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Words typed as written, without a typo: particles and abbreviations carry no identity and are short. */
const KEPT = /^(de|del|la|las|los|y|i|mª|fco\.|ma)$/i;

export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** One edit of the given kind at a random place; the result always differs from the word. */
export function applyTypo(word: string, kind: TypoKind, random: Random): string {
  const at = random.int(word.length);
  switch (kind) {
    case "insertion":
      return word.slice(0, at) + random.pick([...LETTERS]) + word.slice(at);
    case "deletion":
      return word.slice(0, at) + word.slice(at + 1);
    case "substitution": {
      const letter = random.pick([...LETTERS].filter((candidate) => candidate !== word[at].toLowerCase()));
      return word.slice(0, at) + letter + word.slice(at + 1);
    }
    case "transposition": {
      const starts = [...word.slice(0, -1)].flatMap((letter, i) => (letter !== word[i + 1] ? [i] : []));
      if (starts.length === 0) return applyTypo(word, "substitution", random);
      const i = random.pick(starts);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
  }
}

export interface TypoQuery {
  /** What the agent typed: accents stripped, one typo in every name word. */
  query: string;
  kinds: TypoKind[];
}

/** The stored name as a hurried agent types it: no accents, and one typo (of a random kind) in every name word. */
export function typoQuery(name: string, random: Random): TypoQuery {
  const kinds: TypoKind[] = [];
  const words = stripAccents(name)
    .split(" ")
    .map((word) => {
      if (KEPT.test(word) || word.length < 3) return word;
      const kind = random.pick(TYPO_KINDS);
      kinds.push(kind);
      return applyTypo(word, kind, random);
    });
  return { query: words.join(" "), kinds };
}

/** Two names no search can tell apart: the same identifying words. */
export function sameNameWords(a: string, b: string): boolean {
  const left = nameTokens(a).sort().join(" ");
  return left === nameTokens(b).sort().join(" ");
}
