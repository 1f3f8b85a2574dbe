import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "../../backend/src/config";
import type { Engine } from "../../backend/src/storage/open-storage";

export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";

export interface BenchDatabase {
  config: DatabaseConfig;
  /** The environment that makes `loadConfig` choose the same database (for the HTTP server). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh database per engine and run: a temporary SQLite file, or a new PostgreSQL schema dropped at the end. */
export function benchDatabase(engine: Engine): BenchDatabase {
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-bench-"));
    const file = path.join(dir, "bench.sqlite");
    return {
      config: { engine, file },
      env: { SQLITE_FILE: file },
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }

  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  return {
    config: { engine, url, schema },
    env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
    drop: () => dropSchema(url, schema),
  };
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
