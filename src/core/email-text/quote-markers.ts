import { head } from "../text/lines";
import { normalizeForMatch } from "../text/normalize-for-match";
import {
  ATTRIBUTION_OPENERS,
  ATTRIBUTION_VERBS,
  FORWARD_SEPARATORS,
  FROM_FIELDS,
  HEADER_FIELDS,
  SEPARATORS,
} from "./markers";

/** Normalised start of a line with markdown-ish bold markers removed ("*From:*" in Gmail's plain text). */
export function lineKey(line: string): string {
  const key = normalizeForMatch(head(line));
  return (key.includes("*") ? key.replace(/\*/g, "") : key).trim();
}

/** The lower-case first letter of a line, ignoring indentation and bold markers. */
export function initialOf(line: string): string {
  for (let i = 0; i < line.length && i < 40; i++) {
    const char = line[i] ?? "";
    if (char !== " " && char !== "\t" && char !== "*") return char.toLowerCase();
  }
  return "";
}

const FROM_INITIALS = new Set(FROM_FIELDS.map((field) => field[0]));

/** Whether the last character that is not white space is a colon, without copying the line. */
export function endsWithColon(line: string): boolean {
  for (let i = line.length - 1; i >= 0; i--) {
    const char = line[i];
    if (char !== " " && char !== "\t" && char !== "\u00a0") return char === ":";
  }
  return false;
}

function nearStart(line: string, part: string): boolean {
  const at = line.indexOf(part);
  return at >= 0 && at < 40;
}

/** Every separator this module knows is a rule of dashes, underscores or equals signs, or ends with a colon. */
function mayBeSeparator(line: string): boolean {
  return nearStart(line, "--") || nearStart(line, "__") || nearStart(line, "==") || endsWithColon(line);
}

export function isQuoteLine(line: string): boolean {
  return line.trimStart().startsWith(">");
}

export function isRuleLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 5 && /^[-_=*]+$/.test(head(trimmed));
}

function fieldOf(key: string, fields: readonly string[]): string | null {
  for (const field of fields) {
    if (key.startsWith(`${field}:`) || key.startsWith(`${field} :`)) return field;
  }
  return null;
}

export function isFromHeader(line: string): boolean {
  if (!FROM_INITIALS.has(initialOf(line)) || !line.slice(0, 40).includes(":")) return false;
  return fieldOf(lineKey(line), FROM_FIELDS) !== null;
}

/** "From: …" followed by at least two more header fields within the next lines (or on the same line). */
export function isHeaderBlock(lines: readonly string[], at: number): boolean {
  const first = lines[at] ?? "";
  if (!isFromHeader(first)) return false;
  if (/\s(sent|enviado|date|fecha|inviato):/.test(lineKey(first))) return true;

  let fields = 0;
  for (let i = at + 1, seen = 0; i < lines.length && seen < 6; i++) {
    const key = lineKey(lines[i] ?? "");
    if (key === "") continue;
    seen++;
    if (fieldOf(key, HEADER_FIELDS) !== null) fields++;
  }
  return fields >= 2;
}

function separatorKey(line: string): string {
  return lineKey(line)
    .replace(/^[-_=\s]+/, "")
    .replace(/[-_=:\s]+$/, "");
}

/** "-----Mensaje original-----", "---------- Forwarded message ---------", "Begin forwarded message:". */
export function separatorAt(line: string): { forward: boolean } | null {
  if (line.length > 200 || !mayBeSeparator(line)) return null;
  const key = separatorKey(line);
  for (const separator of SEPARATORS) {
    if (key === separator || (key.startsWith(separator) && key.length - separator.length < 4)) {
      return { forward: FORWARD_SEPARATORS.has(separator) };
    }
  }
  return null;
}

/** How many lines (1 to 3) a reply attribution such as "El lun, 30 nov 2026 a las 9:12, X escribió:" spans. */
export function attributionLength(lines: readonly string[], at: number): number {
  // Every attribution ends with a colon within three lines; most lines can be passed over on that alone.
  const last = Math.min(lines.length, at + 3);
  let colon = false;
  for (let i = at; i < last && !colon; i++) colon = endsWithColon(lines[i] ?? "");
  if (!colon) return 0;

  const firstKey = lineKey(lines[at] ?? "");
  if (firstKey === "") return 0;
  const opens = ATTRIBUTION_OPENERS.some((opener) => firstKey.startsWith(opener)) || firstKey.includes("@");

  let joined = "";
  for (let n = 1; n <= 3 && at + n - 1 < lines.length; n++) {
    const key = lineKey(lines[at + n - 1] ?? "");
    if (key === "") return 0;
    joined = `${joined} ${key}`.trim();
    const named = opens || joined.includes("@");
    if (named && ATTRIBUTION_VERBS.some((verb) => joined.endsWith(verb))) return n;
  }
  return 0;
}
