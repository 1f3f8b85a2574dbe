import helmet from "@fastify/helmet";
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

export async function registerSecurity(
  app: FastifyInstance,
  rateLimitPerMinute: number,
  production: boolean,
): Promise<void> {
  const loopback = production ? [] : LOOPBACK_HTTPS;
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // office.js comes from Microsoft's CDN and loads its host-specific parts from there too.
        scriptSrc: ["'self'", "https://appsforoffice.microsoft.com"],
        // Fluent UI (Griffel) injects its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'", "https://login.microsoftonline.com", "https://graph.microsoft.com", ...loopback],
        frameSrc: ["'self'"],
        frameAncestors: FRAME_ANCESTORS,
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // X-Frame-Options cannot list several origins and would stop Outlook from framing the pane; CSP does it.
    frameguard: false,
    // Outlook fetches the manifest's icons from its own origin.
    crossOriginResourcePolicy: { policy: "cross-origin" },
    // The Office dialog API talks to windows it opened; an isolating opener policy would cut that link.
    crossOriginOpenerPolicy: false,
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
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
