import Fastify, { type FastifyInstance } from "fastify";
import { Writable } from "node:stream";
import { registerAuth } from "../../../backend/src/auth";
import type { AuthConfig } from "../../../backend/src/auth/config";

export interface AuthTestApp {
  app: FastifyInstance;
  /** Every log line the app wrote, to check that no token reaches the log. */
  logs: string[];
}

/** The auth plugin alone on a bare Fastify, with one public and two protected routes, so no other part is needed. */
export async function buildAuthTestApp(config: AuthConfig): Promise<AuthTestApp> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString("utf8"));
      done();
    },
  });
  const app = Fastify({ logger: { level: "trace", stream } });

  await registerAuth(app, config);
  app.get("/api/health", () => ({ status: "ok" }));
  app.get("/api/openapi.json", () => ({ openapi: "3.1.0" }));
  app.get("/api/me", (request) => ({ ...request.agent }));
  app.get("/api/tickets/:number", (request) => ({ by: request.agent.id }));
  app.get("/*", () => "static file");
  await app.ready();

  return { app, logs };
}
