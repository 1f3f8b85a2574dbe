import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import type { NewCustomer } from "../../src/core/contracts";
import { nameTokens } from "../../src/core/names";
import type { DatabaseConfig } from "../../backend/src/config";
import { newRow } from "../../backend/src/customers/customer-store";
import {
  countName,
  MAX_INDEXED_WORDS,
  namePairs,
  postingWords,
  type NameCounts,
} from "../../backend/src/customers/name-index";
import type { CustomerRow } from "../../backend/src/storage/schema";

/** The tables a customer load writes; their secondary indexes are dropped during the load and rebuilt after. */
const LOADED_TABLES = ["customers", "customer_name_tokens", "customer_name_pairs"];

export interface CustomerRows {
  customers: CustomerRow[];
  tokens: { customer_id: string; token: string }[];
  pairs: { pair: string; customer_id: string; words: string }[];
}

/**
 * The rows `insertCustomers` writes for a batch, built with the backend's own functions (newRow, nameTokens,
 * namePairs, the word cap); the word and pair counts are added to `counts` for one write at the end.
 */
export function customerRows(batch: NewCustomer[], now: Date, counts: NameCounts): CustomerRows {
  const rows: CustomerRows = { customers: [], tokens: [], pairs: [] };
  for (const customer of batch) {
    const row = newRow(customer, now);
    const words = nameTokens(row.name).slice(0, MAX_INDEXED_WORDS);
    rows.customers.push(row);
    for (const token of words) rows.tokens.push({ customer_id: row.id, token });
    for (const pair of namePairs(words)) rows.pairs.push({ pair, customer_id: row.id, words: postingWords(words) });
    countName(counts, words);
  }
  return rows;
}

/** Writes batches of rows with the engine's fastest plain path: prepared statements, or arrays unnested. */
export interface BulkWriter {
  write(rows: CustomerRows): Promise<void>;
  /** Rebuilds the secondary indexes from their own saved definitions, then closes. */
  finish(): Promise<void>;
}

export async function openBulkWriter(config: DatabaseConfig): Promise<BulkWriter> {
  return config.engine === "sqlite" ? sqliteWriter(config.file) : postgresWriter(config.url, config.schema);
}

const CUSTOMER_COLUMNS = ["id", "name", "email", "email_key", "domain", "phone", "company", "created_at", "updated_at"];

function sqliteWriter(file: string): BulkWriter {
  const database = new SqliteDatabase(file);
  database.pragma("cache_size = -1000000");
  const list = LOADED_TABLES.map((table) => `'${table}'`).join(",");
  const indexes = database
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${list})`)
    .all() as { name: string; sql: string }[];
  for (const index of indexes) database.exec(`DROP INDEX ${index.name}`);

  const insertCustomer = database.prepare(
    `INSERT INTO customers (${CUSTOMER_COLUMNS.join(",")}) VALUES (${CUSTOMER_COLUMNS.map((c) => `@${c}`).join(",")})`,
  );
  const insertToken = database.prepare(
    "INSERT INTO customer_name_tokens (customer_id, token) VALUES (@customer_id, @token)",
  );
  const insertPair = database.prepare(
    "INSERT INTO customer_name_pairs (pair, customer_id, words) VALUES (@pair, @customer_id, @words)",
  );
  const writeBatch = database.transaction((rows: CustomerRows) => {
    for (const row of rows.customers) insertCustomer.run(row);
    for (const row of rows.tokens) insertToken.run(row);
    for (const row of rows.pairs) insertPair.run(row);
  });

  return {
    write: (rows) => Promise.resolve(writeBatch(rows)),
    finish: () => {
      for (const index of indexes) database.exec(index.sql);
      database.close();
      return Promise.resolve();
    },
  };
}

async function postgresWriter(url: string, schema: string | null): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  await client.query("SET maintenance_work_mem = '256MB'");
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = ANY($1)
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace)`,
    [LOADED_TABLES],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  const unnest = (table: string, columns: string[], rows: Record<string, unknown>[]) =>
    client.query(
      `INSERT INTO ${table} (${columns.join(",")}) SELECT * FROM unnest(${arrayParameters(columns.length)})`,
      columns.map((column) => rows.map((row) => row[column])),
    );

  return {
    write: async (rows) => {
      await client.query("BEGIN");
      await unnest("customers", CUSTOMER_COLUMNS, rows.customers as unknown as Record<string, unknown>[]);
      await unnest("customer_name_tokens", ["customer_id", "token"], rows.tokens);
      await unnest("customer_name_pairs", ["pair", "customer_id", "words"], rows.pairs);
      await client.query("COMMIT");
    },
    finish: async () => {
      for (const index of indexes) await client.query(index.definition);
      await client.end();
    },
  };
}

/** `$1::text[],$2::text[],…`: one array parameter per column, for a single INSERT … SELECT FROM unnest(…). */
function arrayParameters(count: number): string {
  return Array.from({ length: count }, (_, i) => `$${i + 1}::text[]`).join(",");
}
