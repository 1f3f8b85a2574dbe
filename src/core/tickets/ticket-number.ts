const PREFIX = "TMP-";
const MIN_DIGITS = 6;
const MAX_DIGITS = 9;

/** `123` → `"TMP-000123"`; more digits once the counter passes a million. */
export function formatTicketNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n >= 10 ** MAX_DIGITS) {
    throw new RangeError(`ticket number out of range: ${n}`);
  }
  return PREFIX + String(n).padStart(MIN_DIGITS, "0");
}

/** `"TMP-000123"`, `"[tmp-000123]"` or `" TMP-000123 "` → `123`; anything else → null. */
export function parseTicketNumber(s: string): number | null {
  const match = /^\s*\[?\s*tmp-(\d{6,9})\s*\]?\s*$/i.exec(s.slice(0, 40));
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 ? n : null;
}
