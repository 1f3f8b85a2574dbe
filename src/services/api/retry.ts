import type { BackendError } from "../../workflow/backend-error";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First pause; each further pause doubles it. */
  baseDelayMs: number;
  /** A server's Retry-After longer than this is not waited for: the error goes to the agent instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 4000 };

const TRANSIENT = new Set(["unreachable", "rate-limited"]);

/** Runs an idempotent read again after transient failures, with exponential backoff. */
export async function withRetry<T>(policy: RetryPolicy, read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      const pause = pauseBefore(policy, attempt, error as BackendError);
      if (pause === null) throw error;
      await sleep(pause);
    }
  }
}

function pauseBefore(policy: RetryPolicy, attempt: number, error: BackendError): number | null {
  if (attempt >= policy.attempts || !TRANSIENT.has(error.kind)) return null;

  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  const asked = error.retryAfter === undefined ? 0 : error.retryAfter * 1000;
  const pause = Math.max(backoff, asked);
  return pause > policy.maxDelayMs ? null : pause;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
