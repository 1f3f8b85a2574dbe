/**
 * Why a mailbox operation failed, in words the pane can turn into a message for the agent:
 * - `unsupported`: this Outlook lacks the requirement set (the feature degrades, nothing is broken);
 * - `no-item`: no message is selected;
 * - `host`: Office reported an error (its numeric code is kept);
 * - `timeout`: Office never called back;
 * - `too-large`: the content exceeds an Outlook limit (32 KB reply body, 32 KB roaming settings).
 */
export type MailboxErrorKind = "unsupported" | "no-item" | "host" | "timeout" | "too-large";

export class MailboxError extends Error {
  override readonly name = "MailboxError";

  constructor(
    readonly kind: MailboxErrorKind,
    /** The mailbox operation, e.g. "body.getAsync"; never personal data. */
    readonly operation: string,
    /** Office's error code (`asyncResult.error.code`) when the host reported one. */
    readonly code?: number,
    detail?: string,
  ) {
    super(detail ? `${operation}: ${detail}` : `${operation}: ${kind}`);
  }

  static fromOffice(operation: string, error: Office.Error | undefined): MailboxError {
    return new MailboxError("host", operation, error?.code, error?.name);
  }

  static fromThrown(operation: string, thrown: unknown): MailboxError {
    if (thrown instanceof MailboxError) return thrown;

    const detail = thrown instanceof Error ? thrown.name : undefined;
    return new MailboxError("host", operation, undefined, detail);
  }
}

export function isMailboxError(error: unknown): error is MailboxError {
  return error instanceof MailboxError;
}
