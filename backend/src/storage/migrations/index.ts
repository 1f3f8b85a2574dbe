import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { initial } from "./001-initial";
import { linkedEmailConversation } from "./002-linked-email-conversation";
import { namePostings } from "./003-name-postings";
import type { Migration } from "./migration";

const MIGRATIONS: Migration[] = [initial, linkedEmailConversation, namePostings];

/** Serialises replicas that start together on one PostgreSQL database; any constant shared by all of them works. */
const POSTGRES_MIGRATION_LOCK = 7_340_001;

/**
 * Brings the schema up to date. Each step runs in its own transaction with its version row, so a crash leaves the
 * database either before or after a step, never in between.
 */
export async function migrate(
  db: Kysely<Database>,
  engine: "sqlite" | "postgres",
  /** Stops after this version: for tests that upgrade a database written by an older release. */
  upTo = Infinity,
): Promise<number[]> {
  await sql`
    CREATE TABLE IF NOT EXISTS schema_migrations
      (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
  `.execute(db);
  const applied: number[] = [];

  for (const migration of MIGRATIONS.filter((m) => m.version <= upTo)) {
    const ran = await db.transaction().execute(async (trx) => {
      if (engine === "postgres") await sql`SELECT pg_advisory_xact_lock(${POSTGRES_MIGRATION_LOCK})`.execute(trx);

      const done = await sql<{
        version: number;
      }>`SELECT version FROM schema_migrations WHERE version = ${migration.version}`.execute(trx);
      if (done.rows.length > 0) return false;

      for (const statement of migration[engine]) await sql.raw(statement).execute(trx);
      const appliedAt = new Date().toISOString();
      await sql`
        INSERT INTO schema_migrations (version, name, applied_at)
        VALUES (${migration.version}, ${migration.name}, ${appliedAt})
      `.execute(trx);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
