import type { TokenProvider } from "../../workflow/ports";
import { GraphError, graphErrorFromResponse } from "./graph-error";
import type { RetryPolicy } from "./graph-types";

export interface GraphTransport {
  tokens: TokenProvider;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  retry: RetryPolicy;
}

// Immutable ids survive moves between folders, so an id listed or translated now still finds the message later.
export const IMMUTABLE_IDS = { Prefer: 'IdType="ImmutableId"' };

export interface GraphRequest {
  method: "GET" | "PATCH" | "POST";
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Sends one authorised request to Graph, retrying throttling (429, 503) as Graph asks: Retry-After when given,
 * capped exponential backoff otherwise. Any other failure becomes a typed GraphError at once.
 */
export async function sendGraphRequest(transport: GraphTransport, request: GraphRequest): Promise<Response> {
  assertHttps(request.url);

  for (let attempt = 0; ; attempt++) {
    const response = await fetchOnce(transport, request);
    if (response.ok) return response;

    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    const throttled = response.status === 429 || response.status === 503;
    const delay = retryAfterMs ?? backoff(transport.retry, attempt);
    const retryAfterSeconds = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);

    if (!throttled || attempt >= transport.retry.maxRetries || delay > transport.retry.maxWaitMs) {
      throw await graphErrorFromResponse(response, retryAfterSeconds);
    }

    await response.body?.cancel();
    await transport.sleep(delay);
  }
}

/** The Graph SDK's rule, kept here: a bearer token only ever travels over https. */
export function assertHttps(url: string): void {
  if (new URL(url).protocol !== "https:") {
    throw new GraphError("unreachable", "Refusing to send a Graph token to a non-https address");
  }
}

async function fetchOnce(transport: GraphTransport, request: GraphRequest): Promise<Response> {
  // A fresh token per attempt: a retry after a long Retry-After may outlive the previous one.
  const token = await transport.tokens.getAccessToken("graph");
  const headers: Record<string, string> = { ...request.headers, Authorization: `Bearer ${token}` };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";

  try {
    return await transport.fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    throw new GraphError("unreachable", "Microsoft Graph could not be reached");
  }
}

function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;

  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;

  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
