import type { FastifyServerOptions } from "fastify";
import type { LogLevel } from "../config";

/**
 * Personal data never reaches the log: bodies are never logged (no serializer emits them), and these paths are
 * redacted in case an object carrying them is logged by mistake.
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "authorization",
  "token",
  "accessToken",
  "body",
  "email",
  "name",
  "subject",
  "problem",
  "notes",
  "text",
  "bodyText",
  "bodyHtml",
  "*.authorization",
  "*.token",
  "*.body",
  "*.email",
  "*.name",
  "*.subject",
  "*.problem",
  "*.notes",
  "*.text",
  "*.bodyText",
  "*.bodyHtml",
  "*.from",
  "*.to",
  "*.cc",
];

interface LoggedRequest {
  id: string;
  method: string;
  url: string;
  routeOptions?: { url?: string };
}

export function loggerOptions(level: LogLevel, stream?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: {
      // The route pattern (`/api/tickets/:number`) instead of the raw URL, and never the query string.
      req: (request: LoggedRequest) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url ?? request.url.split("?")[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
    ...(stream ? { stream } : {}),
  };
}
