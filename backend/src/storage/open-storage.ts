import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import { migrate } from "./migrations";
import { withStatementCache } from "./statement-cache";
import type { Database } from "./schema";

export type Engine = "sqlite" | "postgres";

export interface Storage {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

/**
 * Opens the configured engine and migrates it. This is the seam for tests and benchmarks: give it a config,
 * get the same query layer the server uses.
 */
export async function openStorage(config: DatabaseConfig, options: { migrate?: boolean } = {}): Promise<Storage> {
  const storage = config.engine === "sqlite" ? openSqlite(config.file) : await openPostgres(config.url, config.schema);

  if (options.migrate ?? true) {
    try {
      await migrate(storage.db, storage.engine);
    } catch (error) {
      await storage.close();
      throw error;
    }
  }
  return storage;
}

function openSqlite(file: string): Storage {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);

  // WAL lets readers work during a write; synchronous=FULL makes every acknowledged commit survive a power cut.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, engine: "sqlite", close: () => db.destroy() };
}

async function openPostgres(url: string, schema: string | null): Promise<Storage> {
  if (schema !== null) await createSchema(url, schema);

  // The schema is set per connection, so every pooled connection sees only this schema's tables.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: "postgres", close: () => db.destroy() };
}

async function createSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // `schema` was checked to be a plain identifier when the configuration was read.
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.end();
  }
}

/** A cheap round trip that proves the database answers (health checks). */
export async function pingStorage(storage: Storage): Promise<void> {
  await sql`SELECT 1`.execute(storage.db);
}
