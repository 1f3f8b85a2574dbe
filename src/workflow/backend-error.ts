/**
 * The typed failure of the TicketBackend port. The HTTP client in `services/api` produces it from a problem+json
 * answer; the workflow and the pane decide what to show from `kind` alone, never from HTTP details.
 */
export const BACKEND_ERROR_KINDS = [
  "unreachable",
  "unauthorized",
  "forbidden",
  "not-found",
  "conflict",
  "validation",
  "rate-limited",
  "server",
] as const;
export type BackendErrorKind = (typeof BACKEND_ERROR_KINDS)[number];

export interface BackendErrorInit {
  kind: BackendErrorKind;
  status?: number | null;
  title?: string;
  detail?: string;
  problemType?: string;
  correlationId?: string;
  /** Seconds the server asked us to wait (429 Retry-After). */
  retryAfter?: number;
  /** Problem extensions such as `customer` on a customer-exists conflict. */
  extensions?: Record<string, unknown>;
}

export class BackendError extends Error {
  override readonly name = "BackendError";
  readonly kind: BackendErrorKind;
  readonly status: number | null;
  readonly title: string;
  readonly detail: string | undefined;
  readonly problemType: string | undefined;
  readonly correlationId: string | undefined;
  readonly retryAfter: number | undefined;
  readonly extensions: Record<string, unknown>;

  constructor(init: BackendErrorInit) {
    // The message carries only the kind and status: problem details may quote the customer's data.
    super(`backend ${init.kind}${init.status ? ` (${init.status})` : ""}`);
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.title = init.title ?? init.kind;
    this.detail = init.detail;
    this.problemType = init.problemType;
    this.correlationId = init.correlationId;
    this.retryAfter = init.retryAfter;
    this.extensions = init.extensions ?? {};
  }
}

export function isBackendError(error: unknown): error is BackendError {
  return error instanceof BackendError || (error instanceof Error && error.name === "BackendError" && "kind" in error);
}
