import { splitLines } from "../text/lines";
import { ownLines } from "../email-text/clean-email-text";
import { formatTicketNumber } from "./ticket-number";

const MAX_REFERENCES = 20;

function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/** Every `TMP-000123` in the text at word boundaries, normalised, in order of appearance. */
export function scanTicketNumbers(text: string): string[] {
  const found: string[] = [];
  const upper = text.toUpperCase();
  let at = upper.indexOf("TMP-");

  while (at >= 0 && found.length < MAX_REFERENCES * 5) {
    let end = at + 4;
    while (end < upper.length && end - at - 4 <= 9 && /[0-9]/.test(upper[end] ?? "")) end++;
    const digits = end - at - 4;
    if (digits >= 6 && digits <= 9 && !isAlphanumeric(upper[at - 1]) && !isAlphanumeric(upper[end])) {
      const n = Number(upper.slice(at + 4, end));
      if (n >= 1) found.push(formatTicketNumber(n));
    }
    at = upper.indexOf("TMP-", at + 4);
  }
  return found;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)].slice(0, MAX_REFERENCES);
}

/**
 * Ticket numbers a message refers to, subject first, then the customer's own text. Numbers that appear only in
 * quoted history count when the subject names no ticket; when it does, they are look-alikes from older threads.
 */
export function findTicketReferences(subject: string, body: string): string[] {
  return ticketReferencesIn(subject, ownLines(splitLines(body)).own.join("\n"), body);
}

/** The same, for a caller that has already separated the author's own text from the history. */
export function ticketReferencesIn(subject: string, ownText: string, body: string): string[] {
  const inSubject = scanTicketNumbers(subject.slice(0, 2000));
  const inOwnText = scanTicketNumbers(ownText);
  if (inSubject.length > 0) return unique([...inSubject, ...inOwnText]);

  return unique([...inOwnText, ...scanTicketNumbers(body)]);
}
