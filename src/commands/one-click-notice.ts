import type { Language } from "../core/contracts";
import type { OneClickOutcome } from "../workflow/one-click";
import type { Notice } from "../workflow/ports";
import { en } from "./strings/en";
import { es, type CommandStrings } from "./strings/es";

export function commandStrings(language: Language): CommandStrings {
  return language === "en" ? en : es;
}

/** Puts a one-click outcome into the Outlook notification the agent reads. */
export function noticeFor(outcome: OneClickOutcome, language: Language): Notice {
  const strings = commandStrings(language);
  return { kind: outcome.kind === "created" ? "info" : "error", message: messageFor(outcome, strings) };
}

function messageFor(outcome: OneClickOutcome, strings: CommandStrings): string {
  switch (outcome.kind) {
    case "created":
      if (!outcome.created) return strings.existing(outcome.ticket.number);
      return outcome.replyOpened
        ? strings.created(outcome.ticket.number)
        : strings.createdNoReply(outcome.ticket.number);
    case "needs-decision":
      if (outcome.reason === "already-ticketed" && outcome.ticketNumber)
        return strings.alreadyTicketed(outcome.ticketNumber);
      if (outcome.reason === "existing-ticket" && outcome.ticketNumber)
        return strings.existingTicket(outcome.ticketNumber);
      return strings.decision[outcome.reason];
    case "failed":
      return failureMessage(outcome.reason, strings);
  }
}

function failureMessage(reason: string, strings: CommandStrings): string {
  const known = strings.failed as Record<string, string>;
  return known[reason] ?? strings.failed.other;
}
