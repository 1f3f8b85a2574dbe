// The server side of the HTTP benchmarks, run as its own process so that the load client does not share its event
// loop: BENCH_SERVER=app builds the real backend (buildApp) on the database named by the environment,
// BENCH_SERVER=empty a bare Fastify with one empty route. Both listen on 127.0.0.1, port 0, and report the port.
import os from "node:os";
import path from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { buildApp } from "../../backend/src/app";
import { loadConfig } from "../../backend/src/config";

async function buildServer(): Promise<FastifyInstance> {
  if (process.env.BENCH_SERVER === "empty") {
    const bare = Fastify();
    bare.get("/empty", () => ({}));
    return bare;
  }

  const config = loadConfig({
    ...process.env,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "silent",
    AUTH_MODE: "development",
    RATE_LIMIT_PER_MINUTE: "1000000",
    STATIC_DIR: path.join(os.tmpdir(), "no-static-files-in-bench"),
  });
  return buildApp(config);
}

async function main(): Promise<void> {
  const server = await buildServer();
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.send?.({ port });

  // The parent asks for this process's CPU time around a phase: the work per request, whatever else runs.
  process.on("message", (message) => {
    if (message === "cpu") {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    }
  });

  // The parent ends the run by disconnecting (or dies): close cleanly either way.
  process.on("disconnect", () => void server.close().then(() => process.exit(0)));
}

void main().catch((error: unknown) => {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
