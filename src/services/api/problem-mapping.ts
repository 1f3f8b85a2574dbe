import { BackendError, type BackendErrorKind } from "../../workflow/backend-error";

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
  correlationId?: unknown;
  retryAfter?: unknown;
  [extension: string]: unknown;
}

const PROBLEM_MEMBERS = new Set(["type", "title", "status", "detail", "correlationId", "instance"]);

/** The port's typed error for an HTTP answer outside 2xx, from its problem+json body when it has one. */
export function problemError(status: number, headers: Headers, body: unknown): BackendError {
  const problem: ProblemBody = isRecord(body) ? body : {};

  return new BackendError({
    kind: kindOfStatus(status),
    status,
    title: asString(problem.title) ?? `HTTP ${status}`,
    detail: asString(problem.detail),
    problemType: asString(problem.type),
    correlationId: asString(problem.correlationId) ?? headers.get("x-correlation-id") ?? undefined,
    retryAfter: status === 429 ? retryAfterSeconds(headers.get("retry-after"), problem.retryAfter) : undefined,
    extensions: extensionsOf(problem),
  });
}

export function kindOfStatus(status: number): BackendErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "validation";
  if (status === 429) return "rate-limited";
  // A gateway in front of a stopped service answers 502/503/504: for the agent, the service is not there.
  if (status === 502 || status === 503 || status === 504) return "unreachable";
  return "server";
}

function retryAfterSeconds(header: string | null, fromBody: unknown): number {
  const seconds = Number(header ?? fromBody);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;

  const date = header ? Date.parse(header) : NaN;
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function extensionsOf(problem: ProblemBody): Record<string, unknown> {
  return Object.fromEntries(Object.entries(problem).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
