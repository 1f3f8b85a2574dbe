import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import type { NewCustomer } from "../../src/core/contracts";
import type { DatabaseConfig } from "../../backend/src/config";
import { addToVocabulary, emptyNameCounts } from "../../backend/src/customers/name-index";
import type { Storage } from "../../backend/src/storage/open-storage";
import { customerRows, openBulkWriter } from "./bulk-load";
import { generateCustomers } from "./generate-customers";

/** Customers per transaction: large enough to amortise each durable commit. */
const LOAD_BATCH = 5000;

export interface LoadResult {
  seconds: number;
  /** A deterministic sample of the stored customers, to draw queries from. */
  sample: NewCustomer[];
}

/**
 * Fills a migrated database with generated customers: the rows the backend's indexing writes, loaded in bulk with
 * the secondary indexes rebuilt at the end (as any bulk load does), the vocabulary and its typo variants written by
 * the backend's own `addToVocabulary`, then the database settled as a running server's would be.
 */
export async function loadCustomers(
  storage: Storage,
  config: DatabaseConfig,
  count: number,
  sampleSize: number,
  progress: (done: number) => void,
): Promise<LoadResult> {
  const every = Math.max(1, Math.floor(count / sampleSize));
  const sample: NewCustomer[] = [];
  const counts = emptyNameCounts();
  const now = new Date();
  const start = performance.now();
  const writer = await openBulkWriter(config);
  let done = 0;

  for (const batch of generateCustomers(count, LOAD_BATCH)) {
    await writer.write(customerRows(batch, now, counts));
    batch.forEach((customer, i) => {
      if ((done + i) % every === 0 && sample.length < sampleSize) sample.push(customer);
    });
    done += batch.length;
    progress(done);
  }
  await writer.finish();
  await storage.db.transaction().execute((trx) => addToVocabulary(trx, counts));
  await settle(storage);
  return { seconds: (performance.now() - start) / 1000, sample };
}

/**
 * Leaves the database as a running server's would be: planner statistics current and, on PostgreSQL, the freshly
 * loaded tables vacuumed (visibility map set, so index-only scans stay index-only) and checkpointed. Otherwise
 * autovacuum and the first checkpoint would run over a million new rows during the measurements.
 */
async function settle(storage: Storage): Promise<void> {
  if (storage.engine === "sqlite") {
    await sql.raw("ANALYZE").execute(storage.db);
    return;
  }
  const loaded = ["customers", "customer_name_tokens", "customer_name_pairs", "name_tokens", "name_pairs"];
  await sql.raw(`VACUUM ANALYZE ${loaded.join(", ")}`).execute(storage.db);
  await sql.raw("CHECKPOINT").execute(storage.db);
}
