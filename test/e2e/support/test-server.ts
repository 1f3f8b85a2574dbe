import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { seedDemoCustomers } from "../../../backend/src/seed/seed-demo-customers";
import type { Storage } from "../../../backend/src/storage/open-storage";
import { AGENT, buildTestBackend, devToken, type TestAgent } from "../../support/backend";
import { testCertificate } from "../../support/test-certificate";
import { DIST } from "./build-dist";

export interface TestServer {
  /** https://127.0.0.1:<port>, serving dist/ (pane, commands, simulator, manifest) and the API under /api. */
  url: string;
  app: FastifyInstance;
  storage: Storage;
  /** A development bearer token for an agent (the simulator's pane makes its own from the user profile). */
  token(agent?: TestAgent): string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Seeds the demo CRM customers, as `npm start` does in development. */
  seedDemoCustomers?: boolean;
  /** Extra configuration (environment variable names, as backend/src/config.ts reads them). */
  env?: Record<string, string>;
}

/**
 * The backend in this process over HTTPS on a free loopback port, with a fresh temp SQLite database, development
 * auth and the built dist/ as its static files. The certificate is a throwaway one; browsers ignore its errors.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const certificate = await testCertificate();
  const backend = await buildTestBackend("sqlite", {
    env: { STATIC_DIR: DIST, HOST: "127.0.0.1", PORT: "0", ...options.env },
    deps: { https: { cert: certificate.cert, key: certificate.key } },
  });
  if (options.seedDemoCustomers) await seedDemoCustomers(backend.storage);

  await backend.app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = backend.app.server.address() as AddressInfo;

  return {
    url: `https://127.0.0.1:${port}`,
    app: backend.app,
    storage: backend.storage,
    token: (agent: TestAgent = AGENT) => devToken(agent),
    close: () => backend.close(),
  };
}
