import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ProblemTypes } from "../../../src/core/contracts/problem";
import type { Agent } from "./agent";
import { AuthFailure } from "./auth-failure";
import { readBearerToken } from "./bearer-token";
import type { AuthConfig } from "./config";
import { verifyDevelopmentToken } from "./development-token";
import { createEntraVerifier, type TokenVerifier } from "./entra-verifier";

export type { Agent } from "./agent";
export type { AuthConfig } from "./config";
export { AUTH_ENV_VARS, assertDevelopmentAuthAllowed, parseAuthConfig } from "./config";

/** The only /api routes anyone may call without a token: monitoring and the API description. */
const PUBLIC_ROUTES = new Set(["/api/health", "/api/openapi.json"]);
const REALM = "TicketMasterPro";

/**
 * Requires a valid bearer token on every /api route except the public ones and sets `request.agent`.
 * Register it on the root instance, before the routes, so the hook reaches every plugin.
 */
export async function registerAuth(app: FastifyInstance, config: AuthConfig): Promise<void> {
  const verify: TokenVerifier =
    config.mode === "entra" ? createEntraVerifier(config) : (token) => Promise.resolve(verifyDevelopmentToken(token));

  if (!app.hasRequestDecorator("agent")) app.decorateRequest("agent", null as unknown as Agent);

  app.addHook("onRequest", async (request, reply) => {
    if (!isProtected(request)) return;

    try {
      request.agent = await verify(readBearerToken(request.headers.authorization));
    } catch (error) {
      await refuse(request, reply, error, config);
    }
  });

  return Promise.resolve();
}

/**
 * Decided on the matched route when there is one, and on the decoded path otherwise, so that an unknown /api path
 * (or one that a wildcard static route would catch) still needs a token.
 */
function isProtected(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  if (route !== undefined && PUBLIC_ROUTES.has(route)) return false;

  return route?.startsWith("/api") === true || isApiPath(request.url);
}

function isApiPath(url: string): boolean {
  const rawPath = url.split("?")[0] ?? "";
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    path = rawPath;
  }

  const normalised = path.toLowerCase().replace(/\/{2,}/g, "/");
  return normalised === "/api" || normalised.startsWith("/api/");
}

async function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown, config: AuthConfig) {
  const failure = error instanceof AuthFailure ? error : new AuthFailure("keys-unavailable", 503);

  // Only the fixed reason code is logged: never the header, the token or a claim from it.
  const level = failure.status === 503 ? "warn" : "info";
  request.log[level]({ reason: failure.reason, authMode: config.mode }, "access token refused");

  if (failure.status === 401) reply.header("WWW-Authenticate", wwwAuthenticate(failure));
  if (failure.status === 403) {
    reply.header("WWW-Authenticate", `Bearer realm="${REALM}", error="insufficient_scope", scope="access_as_user"`);
  }

  await reply
    .code(failure.status)
    .header("Content-Type", "application/problem+json; charset=utf-8")
    .header("Cache-Control", "no-store")
    .send(problemFor(failure, request.id));
}

function wwwAuthenticate(failure: AuthFailure): string {
  // RFC 6750: a request without credentials gets the challenge alone, without an error code.
  if (failure.reason === "missing-token") return `Bearer realm="${REALM}"`;
  return `Bearer realm="${REALM}", error="invalid_token"`;
}

function problemFor(failure: AuthFailure, correlationId: string) {
  if (failure.status === 403) {
    return {
      type: ProblemTypes.forbidden,
      title: "Permiso insuficiente / Insufficient permission",
      status: 403,
      detail: "El token no incluye el permiso access_as_user. / The token lacks the access_as_user scope.",
      correlationId,
    };
  }
  if (failure.status === 503) {
    return {
      type: ProblemTypes.internal,
      title: "Inicio de sesión no disponible / Sign-in unavailable",
      status: 503,
      detail: "No se pudieron obtener las claves de Entra ID. / Could not fetch the Entra ID signing keys.",
      correlationId,
    };
  }
  return {
    type: ProblemTypes.unauthorized,
    title: "Inicio de sesión necesario / Sign-in required",
    status: 401,
    detail: `Token de acceso no válido (${failure.reason}). / Invalid access token (${failure.reason}).`,
    correlationId,
    reason: failure.reason,
  };
}
