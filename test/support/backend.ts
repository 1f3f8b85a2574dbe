import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp, type AppDeps } from "../../backend/src/app";
import { loadConfig, type AppConfig } from "../../backend/src/config";
import { openStorage, type Engine, type Storage } from "../../backend/src/storage/open-storage";

/** SQLite always; PostgreSQL when TEST_DATABASE_URL names a server (CI sets it). */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

let skipNoticeShown = false;
/** Says once per test file, in one line, that the PostgreSQL half of the suite did not run. */
export function announceSkippedEngines(): void {
  if (skipNoticeShown || process.env.TEST_DATABASE_URL) return;
  skipNoticeShown = true;
  console.info("PostgreSQL integration tests skipped: set TEST_DATABASE_URL to run them.");
}

export interface TestAgent {
  id: string;
  name: string;
  email: string;
}

export const AGENT: TestAgent = { id: "agent-ana", name: "Ana Agente", email: "ana.agente@soporte.example" };
export const OTHER_AGENT: TestAgent = { id: "agent-luis", name: "Luis Agente", email: "luis.agente@soporte.example" };

/** A development token: `dev.` + base64url JSON of the agent. */
export function devToken(agent: TestAgent = AGENT): string {
  return `dev.${Buffer.from(JSON.stringify(agent)).toString("base64url")}`;
}

export function authHeaders(agent: TestAgent = AGENT): Record<string, string> {
  return { authorization: `Bearer ${devToken(agent)}` };
}

export interface TestBackend {
  app: FastifyInstance;
  storage: Storage;
  config: AppConfig;
  close(): Promise<void>;
}

/** The environment of a fresh, isolated database: a temp SQLite file, or a new PostgreSQL schema. */
export function testDatabaseEnv(engine: Engine): { env: Record<string, string>; drop: () => Promise<void> } {
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-backend-"));
    return {
      env: { SQLITE_FILE: path.join(dir, "test.sqlite") },
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }

  const url = process.env.TEST_DATABASE_URL ?? "";
  const schema = `t_${randomBytes(6).toString("hex")}`;
  return { env: { DATABASE_URL: url, DATABASE_SCHEMA: schema }, drop: () => dropSchema(url, schema) };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** The app as the server builds it, on its own database, with development auth and logs off unless asked. */
export async function buildTestBackend(
  engine: Engine,
  options: { env?: Record<string, string>; deps?: Omit<AppDeps, "storage"> } = {},
): Promise<TestBackend> {
  const database = testDatabaseEnv(engine);
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    AUTH_MODE: "development",
    STATIC_DIR: path.join(os.tmpdir(), "no-static-files-in-backend-tests"),
    RATE_LIMIT_PER_MINUTE: "100000",
    ...database.env,
    ...options.env,
  });
  const storage = await openStorage(config.database);
  const app = await buildApp(config, { ...options.deps, storage });
  await app.ready();

  return {
    app,
    storage,
    config,
    close: async () => {
      await app.close();
      await storage.close();
      await database.drop();
    },
  };
}
