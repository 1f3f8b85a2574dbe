import type { AddressInfo } from "node:net";
import { buildApp } from "../../backend/src/app";
import { loadConfig } from "../../backend/src/config";
import { testCertificate } from "../../test/support/test-certificate";

export interface PaneServer {
  /** https://127.0.0.1:<port>: the built pane and simulator, and the API under /api. */
  url: string;
  close(): Promise<void>;
}

/**
 * The real backend, as `npm start` runs it in development (development sign-in, loopback only), over HTTPS on a free
 * loopback port with a throwaway certificate, on the given SQLite CRM and serving the given build.
 */
export async function startPaneServer(sqliteFile: string, staticDir: string): Promise<PaneServer> {
  const certificate = await testCertificate();
  const config = loadConfig({
    NODE_ENV: "development",
    LOG_LEVEL: "silent",
    AUTH_MODE: "development",
    HOST: "127.0.0.1",
    PORT: "0",
    SQLITE_FILE: sqliteFile,
    STATIC_DIR: staticDir,
    RATE_LIMIT_PER_MINUTE: "100000",
  });
  const app = await buildApp(config, { https: { cert: certificate.cert, key: certificate.key } });

  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { url: `https://127.0.0.1:${port}`, close: () => app.close() };
}
