import { MailboxError } from "./mailbox-error";

/** Some Outlook builds never call back when a request dies on the wire; no agent should wait forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;

type OfficeCallback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * Turns one callback-style Office call into a promise that rejects with a MailboxError.
 * Office swallows whatever a callback throws, so nothing here throws inside the callback:
 * every outcome settles the promise instead.
 */
export function officeCall<T>(
  operation: string,
  start: (callback: OfficeCallback<T>) => void,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new MailboxError("timeout", operation)), timeoutMs);

    const settle = (result: Office.AsyncResult<T>): void => {
      clearTimeout(timer);
      if (succeeded(result)) resolve(result.value);
      else reject(MailboxError.fromOffice(operation, result?.error));
    };

    try {
      start(settle);
    } catch (thrown) {
      clearTimeout(timer);
      reject(MailboxError.fromThrown(operation, thrown));
    }
  });
}

// Compared by value, not through Office.AsyncResultStatus, so a missing or partial Office global cannot throw here.
function succeeded<T>(result: Office.AsyncResult<T> | undefined): boolean {
  return (result?.status as string | undefined) === "succeeded";
}
