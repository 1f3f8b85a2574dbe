/** Lower-case and strip accents, so "Caída" and "CAIDA" compare equal. Linear in the input. */
export function normalizeForMatch(text: string): string {
  // Plain ASCII, most lines of most mail, needs no decomposition.
  if (!/[^\t\n\r -~]/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;
}

/**
 * Normalised words separated by single spaces, padded with a space at each end, so a phrase can be found
 * with `indexOf(" phrase ")` at word boundaries without a regular expression.
 */
export function toMatchWords(text: string): string {
  const normalized = normalizeForMatch(text);
  let out = " ";
  let pendingSpace = false;
  let chunk = "";

  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    if (isWordChar(code)) {
      if (pendingSpace && out.length + chunk.length > 1) chunk += " ";
      pendingSpace = false;
      chunk += normalized[i];
    } else {
      pendingSpace = true;
    }
    // Flush in chunks: building one huge string char by char is slow on 1 MB bodies.
    if (chunk.length > 4096) {
      out += chunk;
      chunk = "";
    }
  }

  return out + chunk + " ";
}
