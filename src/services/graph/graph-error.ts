/** What went wrong talking to Microsoft Graph, in terms the pane can explain to the agent. */
export type GraphErrorKind = "throttled" | "unauthorized" | "forbidden" | "not-found" | "unreachable" | "server";

export class GraphError extends Error {
  override readonly name = "GraphError";

  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    readonly details: {
      /** HTTP status, when Graph answered. */
      status?: number;
      /** Graph's own error code (e.g. "ErrorAccessDenied"); never carries personal data. */
      code?: string;
      /** Seconds Graph asked us to wait, for "throttled". */
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

/** Maps a final (not retried) Graph response to the error the pane shows. */
export async function graphErrorFromResponse(response: Response, retryAfterSeconds?: number): Promise<GraphError> {
  const code = await readGraphErrorCode(response);
  const details = { status: response.status, code, retryAfterSeconds };

  if (response.status === 429 || (response.status === 503 && retryAfterSeconds !== undefined)) {
    return new GraphError("throttled", "Microsoft Graph is throttling requests", details);
  }
  if (response.status === 401) return new GraphError("unauthorized", "Microsoft Graph refused the token", details);
  if (response.status === 403) return new GraphError("forbidden", "No permission for this mailbox", details);
  if (response.status === 404) return new GraphError("not-found", "The mailbox or message was not found", details);
  return new GraphError("server", `Microsoft Graph answered ${response.status}`, details);
}

async function readGraphErrorCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === "string" ? body.error.code : undefined;
  } catch {
    return undefined;
  }
}
