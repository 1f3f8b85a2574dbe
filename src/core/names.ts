/**
 * Person names reduced to comparable words: no accents, no case, no particles, abbreviations spelled out, so
 * "Mª Ángeles de la Fuente" and "maria angeles fuente" are the same words.
 */

// Spanish abbreviations of given names as agents and customers write them; applied before accents are removed,
// because "ª" decomposes to a plain "a" and "Mª" would become "ma".
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bM\s*\.?\s*ª\.?/giu, "María "],
  [/\bM\s*\.?\s*ᵃ\.?/giu, "María "],
  [/\bFco\b\.?/giu, "Francisco "],
  [/\bFdo\b\.?/giu, "Fernando "],
  [/\bJ\s*\.?\s*º\.?/giu, "José "],
  [/\bAnt\s*\.?\s*º\.?/giu, "Antonio "],
];

/** Words that join surnames or address a person; they carry no identity. */
const PARTICLES = new Set([
  "de",
  "del",
  "la",
  "las",
  "los",
  "y",
  "i",
  "e",
  "da",
  "do",
  "dos",
  "van",
  "von",
  "sr",
  "sra",
  "srta",
  "don",
  "dona",
  "d",
  "dr",
  "dra",
  "mr",
  "mrs",
  "ms",
]);

/** Lower case, accents removed, abbreviations spelled out, punctuation turned into single spaces. */
export function normalizeName(name: string): string {
  let text = name.normalize("NFC");
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);

  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The identifying words of a name, particles dropped, each once, in their original order. */
export function nameTokens(name: string): string[] {
  const words = normalizeName(name).split(" ");
  const tokens = words.filter((word) => word.length > 0 && !PARTICLES.has(word));
  return [...new Set(tokens)];
}

/**
 * True when `a` and `b` are at most one edit apart (insert, delete, substitute, or swap two neighbours):
 * the typo tolerance of the name search.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;

  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }

  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/** The word itself and every word made by deleting one letter: two words within one edit share at least one. */
export function deletionVariants(token: string): string[] {
  const variants = new Set([token]);
  for (let i = 0; i < token.length; i++) variants.add(token.slice(0, i) + token.slice(i + 1));
  return [...variants];
}
