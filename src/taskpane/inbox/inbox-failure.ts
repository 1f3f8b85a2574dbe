import { isGraphError } from "../../services/graph/graph-error";
import { isBackendError } from "../../workflow/backend-error";
import type { InboxFailureKind } from "./inbox-strings";

export interface InboxFailure {
  kind: InboxFailureKind;
  retryAfterSeconds?: number;
}

/** Graph's typed errors keep their kind; the ticket lookup failing is the backend's; anything else is unknown. */
export function toInboxFailure(error: unknown): InboxFailure {
  if (isGraphError(error)) return { kind: error.kind, retryAfterSeconds: error.details.retryAfterSeconds };
  if (isBackendError(error)) return { kind: "backend" };
  return { kind: "unknown" };
}
