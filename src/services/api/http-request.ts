import { BackendError } from "../../workflow/backend-error";
import { problemError } from "./problem-mapping";

export type HttpMethod = "GET" | "POST" | "PATCH";

/** One call to the API, relative to its root: `{ method: "POST", url: "/customers/match", data: {...} }`. */
export interface HttpCall {
  method?: HttpMethod;
  url: string;
  data?: unknown;
  params?: Record<string, string> | URLSearchParams;
  headers?: Record<string, string>;
}

export interface HttpAnswer<T> {
  data: T;
  status: number;
}

const ACCEPT = "application/json, application/problem+json";

/**
 * Sends one call with `fetch`. Answers outside 2xx reject with the BackendError of their problem+json; no answer at
 * all (refused connection, DNS, CORS, `timeoutMs` spent before the body arrived) rejects as "unreachable".
 */
export async function sendHttp<T>(baseUrl: string, call: HttpCall, timeoutMs: number): Promise<HttpAnswer<T>> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(addressOf(baseUrl, call), requestInit(call, abort.signal));
    const body = await readBody(response);
    if (!response.ok) throw problemError(response.status, response.headers, body);
    return { data: body as T, status: response.status };
  } catch (error) {
    if (error instanceof BackendError) throw error;
    throw new BackendError({ kind: "unreachable", title: "unreachable" });
  } finally {
    clearTimeout(timer);
  }
}

function addressOf(baseUrl: string, call: HttpCall): string {
  const query = new URLSearchParams(call.params).toString();
  return `${baseUrl.replace(/\/$/, "")}${call.url}${query ? `?${query}` : ""}`;
}

function requestInit(call: HttpCall, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: ACCEPT, ...call.headers };
  if (call.data === undefined) return { method: call.method ?? "GET", headers, signal };

  headers["Content-Type"] = "application/json";
  return { method: call.method ?? "GET", headers, body: JSON.stringify(call.data), signal };
}

/** JSON when the server says so; an empty body is `null`; anything else is kept as text for the error mapping. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  if (!/[/+]json\b/i.test(response.headers.get("content-type") ?? "")) return text;

  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy's or portal's page labelled as JSON: the API did not answer.
    throw new BackendError({ kind: "server", status: response.status, title: "Malformed JSON answer" });
  }
}
