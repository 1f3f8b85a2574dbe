import { withoutControlChars } from "../text/control-chars";
import { FORWARD_PREFIXES, REPLY_PREFIXES } from "../email-text/markers";
import { scanTicketNumbers } from "../tickets/find-ticket-references";

const PREFIXES = new Set([...REPLY_PREFIXES, ...FORWARD_PREFIXES]);
const MAX_SUBJECT = 255;

/** Removes leading "RE:", "RV:", "Fwd:", "AW:", "Re[2]:"… however many there are. */
export function stripSubjectPrefixes(subject: string): string {
  let rest = subject.trimStart();
  for (let n = 0; n < 50; n++) {
    const match = /^([A-Za-z]{1,8})\s?(?:\[\d{1,4}\])?\s?:\s*/.exec(rest);
    if (!match || !PREFIXES.has((match[1] ?? "").toLowerCase())) break;
    rest = rest.slice(match[0].length);
  }
  return rest;
}

function withoutTicketTags(subject: string, ticketNumber: string): string {
  const tag = `[${ticketNumber}]`;
  let rest = subject;
  for (let at = rest.toUpperCase().indexOf(tag); at >= 0; at = rest.toUpperCase().indexOf(tag)) {
    rest = rest.slice(0, at) + rest.slice(at + tag.length);
  }
  return rest.replace(/\s{2,}/g, " ").trim();
}

/**
 * "RE: <customer's subject> [TMP-000123]": one "RE:" and the ticket tag exactly once, however many times the
 * thread has been replied to or forwarded. Control characters are dropped and the length is bounded.
 */
export function replySubject(originalSubject: string, ticketNumber: string, prefix = "RE:"): string {
  const [ticket] = scanTicketNumbers(ticketNumber);
  const tag = ticket ?? ticketNumber.trim();
  const clean = withoutControlChars(originalSubject.slice(0, 2000));
  const core = stripSubjectPrefixes(withoutTicketTags(stripSubjectPrefixes(clean), tag)).slice(0, MAX_SUBJECT);
  return `${prefix} ${core} [${tag}]`.replace(/\s{2,}/g, " ");
}
