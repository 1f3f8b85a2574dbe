import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { ProblemTypes } from "../../../src/core/contracts";
import { HttpProblem } from "./http-problem";

/** Outlook's hosts frame the task pane; nobody else may (clickjacking). */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://*.officeapps.live.com",
  "https://*.microsoft.com",
];

/** Outside production the pane may also call https services on loopback: the simulator's Graph stand-in. */
const LOOPBACK_HTTPS = ["https://localhost:*", "https://127.0.0.1:*"];

/**
 * The content security policy of the pane, the dialogs and the API answers. Built once: helmet rebuilt it for every
 * response, which cost a measurable part of a ticket create.
 */
function contentSecurityPolicy(production: boolean): string {
  const loopback = production ? [] : LOOPBACK_HTTPS;
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "base-uri": ["'self'"],
    "font-src": ["'self'", "https:", "data:"],
    "form-action": ["'self'"],
    "frame-ancestors": FRAME_ANCESTORS,
    "img-src": ["'self'", "data:", "blob:"],
    "object-src": ["'none'"],
    // office.js comes from Microsoft's CDN and loads its host-specific parts from there too.
    "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
    "script-src-attr": ["'none'"],
    // Fluent UI (Griffel) injects its styles at run time.
    "style-src": ["'self'", "'unsafe-inline'"],
    "upgrade-insecure-requests": [],
    "connect-src": ["'self'", "https://login.microsoftonline.com", "https://graph.microsoft.com", ...loopback],
    "frame-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join(";");
}

/**
 * The headers every answer carries. No X-Frame-Options: it cannot list several origins and would stop Outlook from
 * framing the pane (the CSP's frame-ancestors does it). No opener policy: the Office dialog API talks to windows it
 * opened. Cross-origin resource policy is open because Outlook fetches the manifest's icons from its own origin.
 */
export function securityHeaders(production: boolean): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(production),
    "cross-origin-resource-policy": "cross-origin",
    "origin-agent-cluster": "?1",
    "referrer-policy": "no-referrer",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "x-dns-prefetch-control": "off",
    "x-download-options": "noopen",
    "x-permitted-cross-domain-policies": "none",
    "x-xss-protection": "0",
  };
}

export async function registerSecurity(
  app: FastifyInstance,
  rateLimitPerMinute: number,
  production: boolean,
): Promise<void> {
  const headers = securityHeaders(production);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });

  await app.register(rateLimit, {
    max: rateLimitPerMinute,
    timeWindow: 60_000,
    // After authentication, so the budget belongs to the agent (several agents can share one office NAT address).
    hook: "preHandler",
    keyGenerator: (request) => (request.agent ? `agent:${request.agent.id}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        ProblemTypes.rateLimited,
        "Demasiadas peticiones / Too many requests",
        `Vuelva a intentarlo en ${Math.ceil(context.ttl / 1000)} s / Retry in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });

  // API answers carry customer data: no browser or proxy may keep a copy.
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/api")) reply.header("cache-control", "no-store");
    return payload;
  });
}
