// Matching control characters is the purpose here: they must not reach a subject line or a reply body.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** Replaces runs of control characters (newlines and tabs included) with one space. */
export function withoutControlChars(text: string): string {
  return text.replace(CONTROL, " ");
}
