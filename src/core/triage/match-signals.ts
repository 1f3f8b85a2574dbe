import type { TriageReason } from "../contracts";
import { toMatchWords } from "../text/normalize-for-match";
import { MANY_PEOPLE, PEOPLE_WORDS, SIGNALS, SOME_PEOPLE, type Signal } from "./signals";

/** Scoring reads the first part of a message: a 1 MB body says nothing about severity that 20,000 characters don't. */
export const SCORED_LENGTH = 20_000;

type Compiled = { signal: Signal; needles: string[] };

function needle(phrase: string): string {
  const prefix = phrase.endsWith("*");
  const words = toMatchWords(prefix ? phrase.slice(0, -1) : phrase).trim();
  return prefix ? words : `${words} `;
}

const COMPILED: readonly Compiled[] = SIGNALS.map((signal) => ({ signal, needles: signal.phrases.map(needle) }));

export type MatchedSignal = { signal: Signal; reason: TriageReason };

function reasonOf(signal: Signal, weight = signal.weight, es = signal.es, en = signal.en): TriageReason {
  return { code: signal.code, es, en, weight };
}

/** "afecta a 40 usuarios", "200 employees": the largest number of people named right before a people word. */
function peopleAffected(words: string): number {
  const tokens = words.trim().split(" ");
  let most = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!PEOPLE_WORDS.includes(tokens[i] ?? "")) continue;
    for (const back of [1, 2]) {
      const n = Number(tokens[i - back]);
      if (Number.isInteger(n) && n > most && n < 1_000_000) most = n;
    }
  }
  return most;
}

function peopleReason(words: string): MatchedSignal | null {
  const people = peopleAffected(words);
  const many = SIGNALS.find((s) => s.code === "many-users");
  if (!many || people < SOME_PEOPLE) return null;
  const weight = people >= MANY_PEOPLE ? many.weight : many.weight - 1;
  return { signal: many, reason: reasonOf(many, weight, `afecta a ${people} personas`, `affects ${people} people`) };
}

/** The signals present in a subject and body, each counted once, with cancelled ones removed. */
export function matchSignals(subject: string, body: string): MatchedSignal[] {
  const words = toMatchWords(`${subject.slice(0, 1000)}\n${body.slice(0, SCORED_LENGTH)}`);
  const matched = new Map<string, MatchedSignal>();

  for (const { signal, needles } of COMPILED) {
    if (needles.some((n) => words.includes(` ${n}`))) matched.set(signal.code, { signal, reason: reasonOf(signal) });
  }
  const people = peopleReason(words);
  if (people && !matched.has("many-users")) matched.set("many-users", people);

  for (const { signal } of [...matched.values()]) {
    for (const code of signal.cancels ?? []) matched.delete(code);
  }
  return [...matched.values()];
}
