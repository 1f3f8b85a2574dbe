import type { Person } from "../contracts";
import { splitLines } from "../text/lines";
import { normalizeForMatch } from "../text/normalize-for-match";
import { bodyText } from "./clean-email-text";
import { FORWARD_PREFIXES } from "./markers";
import { parsePerson } from "./parse-person";
import { isFromHeader, isHeaderBlock, separatorAt } from "./quote-markers";

export type ForwardInput = { subject: string; text: string; html?: string };

/** "Fwd:", "RV:", "I:"… anywhere in the run of prefixes ("RE: RV: pedido"). */
export function hasForwardPrefix(subject: string): boolean {
  let rest = normalizeForMatch(subject.slice(0, 300)).trimStart();
  for (let n = 0; n < 10; n++) {
    const match = /^([a-z]{1,8})\s?(?:\[\d+\])?\s?:\s*/.exec(rest);
    if (!match) return false;
    if (FORWARD_PREFIXES.includes(match[1] ?? "")) return true;
    rest = rest.slice(match[0].length);
  }
  return false;
}

function fromValue(line: string): string {
  const colon = line.indexOf(":");
  return colon < 0 ? "" : line.slice(colon + 1);
}

/** The first quoted header block's From, when the message is a forward. */
export function firstForwardedFrom(lines: readonly string[], subjectSaysForward: boolean): Person | null {
  let forwardSeen = subjectSaysForward;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const separator = separatorAt(line);
    if (separator?.forward) forwardSeen = true;
    if (separator || !isFromHeader(line)) continue;
    // A reply whose history happens to contain a forward names no original of its own.
    if (!forwardSeen) {
      if (isHeaderBlock(lines, i)) return null;
      continue;
    }
    if (isHeaderBlock(lines, i) || separatorAt(lines[i - 1] ?? "") || separatorAt(lines[i - 2] ?? "")) {
      return parsePerson(fromValue(line));
    }
  }
  return null;
}

/**
 * The person who wrote a forwarded message ("RV:", "Fwd:", "---------- Mensaje reenviado ----------"), so the
 * customer can be the author rather than the colleague who forwarded it. Null when the message is no forward or
 * the forwarded headers are not in the body (a forward sent as an attached .eml).
 */
export function findForwardedOriginal(input: ForwardInput): Person | null {
  const lines = splitLines(bodyText(input));
  return firstForwardedFrom(lines, hasForwardPrefix(input.subject));
}
