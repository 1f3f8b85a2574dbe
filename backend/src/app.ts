import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { registerAuth } from "./auth";
import type { AppConfig } from "./config";
import { loggerOptions } from "./http/logger";
import { registerOpenApi, registerOpenApiRoute } from "./http/openapi";
import { registerProblemHandler } from "./http/problem-handler";
import "./http/route-config";
import { registerSecurity } from "./http/security";
import { registerStaticFiles } from "./http/static-files";
import { registerValidators } from "./http/validators";
import { registerRoutes } from "./routes";
import { openStorage, type Storage } from "./storage/open-storage";
import { loadPolicy, type Policy } from "./policy/load-policy";
import { APP_VERSION } from "./version";

export interface AppDeps {
  /** An already open storage; when absent the app opens (and on close, closes) the configured one. */
  storage?: Storage;
  /** Where logs go (tests read them to prove redaction); standard output otherwise. */
  logStream?: NodeJS.WritableStream;
  /** Service levels and templates; read from the configured files when absent. */
  policy?: Policy;
  now?: () => Date;
  /** PEM certificate and key; the server speaks HTTPS when given (tests inject requests without them). */
  https?: { cert: string; key: string };
}

export const BODY_LIMIT_BYTES = 256 * 1024;
const CORRELATION_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp(config: AppConfig, deps: AppDeps = {}): Promise<FastifyInstance> {
  const policy = deps.policy ?? loadPolicy(config);
  const storage = deps.storage ?? (await openStorage(config.database));

  const app = Fastify({
    ...(deps.https ? { https: deps.https } : {}),
    logger: loggerOptions(config.logLevel, deps.logStream),
    bodyLimit: BODY_LIMIT_BYTES,
    // A caller's correlation id is kept when it is harmless, so its logs and ours line up.
    requestIdHeader: "x-correlation-id",
    genReqId: (request) => {
      const given = request.headers["x-correlation-id"];
      return typeof given === "string" && CORRELATION_ID.test(given) ? given : randomUUID();
    },
  }) as unknown as FastifyInstance;

  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("x-correlation-id", request.id);
    return payload;
  });
  if (!deps.storage) app.addHook("onClose", () => storage.close());

  registerValidators(app);
  registerProblemHandler(app);
  await registerOpenApi(app, APP_VERSION, config.publicUrl);
  // Security headers first, so that refusals by authentication carry them too; the rate limit runs as a preHandler,
  // after authentication has named the agent.
  await registerSecurity(app, config.rateLimitPerMinute, config.nodeEnv === "production");
  await registerAuth(app, config.auth);
  await registerStaticFiles(app, config.staticDir);

  registerOpenApiRoute(app);
  registerRoutes(app, { storage, policy, now: deps.now ?? (() => new Date()) });
  return app;
}
