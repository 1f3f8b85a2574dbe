import { isBackendError } from "./backend-error";
import { CustomerMissingError } from "./create-ticket";
import type { FailureReason, FlowAction, FlowFailure } from "./flow-state";

/** Classifies anything an effect threw, keeping only what the agent needs: no message text, no personal data. */
export function failureOf(error: unknown, action: FlowAction, ticketNumber?: string): FlowFailure {
  const failure: FlowFailure = { action, reason: reasonOf(error) };

  if (isBackendError(error) && error.correlationId) failure.correlationId = error.correlationId;
  if (ticketNumber) failure.ticketNumber = ticketNumber;
  return failure;
}

export function reasonOf(error: unknown): FailureReason {
  if (isBackendError(error)) return error.kind;
  if (error instanceof CustomerMissingError) return "customer-missing";

  const name = error instanceof Error ? error.name : "";
  // Token providers and the mailbox adapter throw their own typed errors; their names are the contract here.
  if (/sign.?in|auth|token|msal/i.test(name)) return "sign-in";
  if (/mailbox|office/i.test(name)) return "mailbox";
  return "unknown";
}
