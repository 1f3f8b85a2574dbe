import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { NewCustomer } from "../../src/core/contracts";
import type { DatabaseConfig } from "../../backend/src/config";
import { openStorage } from "../../backend/src/storage/open-storage";
import { loadCustomers } from "../backend/load-customers";

const ROOT = path.resolve(__dirname, "../..");
const CACHE_DIR = path.join(os.tmpdir(), "ticketmasterpro-pane-bench");
/** What the cached file depends on besides the count: the schema and the way the rows are written. */
const CACHE_INPUTS = [
  "backend/src/storage/migrations",
  "bench/backend/bulk-load.ts",
  "bench/backend/load-customers.ts",
];

/** A partial file untouched this long belongs to a run that was stopped. */
const LOADER_IDLE_MS = 3 * 60_000;

export interface CrmCopy {
  /** A private copy of the cached CRM for this run (the run adds tickets to it). */
  file: string;
  /** Generated customers that are in the CRM: the senders of the benchmark's emails. */
  senders: NewCustomer[];
  /** Seconds spent loading; 0 when the cache was used. */
  loadSeconds: number;
  drop(): void;
}

/**
 * A SQLite CRM with `count` generated customers, loaded once with the backend benchmark's bulk loader and kept under
 * the temp dir between runs; each run works on its own copy so that earlier runs' tickets do not pile up.
 */
export async function crmWithCustomers(count: number, say: (message: string) => void): Promise<CrmCopy> {
  const cached = path.join(CACHE_DIR, `crm-${count}-${cacheKey()}.sqlite`);
  const sendersFile = `${cached}.senders.json`;
  let loadSeconds = 0;

  await waitForOtherLoader(`${cached}.partial`, say);
  if (!fs.existsSync(cached) || !fs.existsSync(sendersFile)) {
    say(`loading ${count} customers into ${cached} (once; later runs reuse it)`);
    loadSeconds = await loadInto(cached, sendersFile, count, say);
  } else {
    say(`reusing the CRM in ${cached}`);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-pane-bench-"));
  const file = path.join(dir, "crm.sqlite");
  fs.copyFileSync(cached, file);
  return {
    file,
    senders: JSON.parse(fs.readFileSync(sendersFile, "utf8")) as NewCustomer[],
    loadSeconds,
    drop: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function loadInto(file: string, sendersFile: string, count: number, say: (m: string) => void): Promise<number> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });

  const config: DatabaseConfig = { engine: "sqlite", file: partial };
  const storage = await openStorage(config);
  try {
    const step = Math.max(100_000, Math.floor(count / 10));
    const load = await loadCustomers(storage, config, count, 20, (done) => {
      if (done % step === 0) say(`${done} customers loaded`);
    });
    fs.writeFileSync(sendersFile, JSON.stringify(load.sample));
    await storage.close();
    fs.renameSync(partial, file);
    return load.seconds;
  } catch (error) {
    await storage.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** Another run may be loading the same CRM right now: wait for it rather than load a second copy side by side. */
async function waitForOtherLoader(partial: string, say: (message: string) => void): Promise<void> {
  const busy = (): boolean => {
    const changed = [partial, `${partial}-wal`].map(
      (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0,
    );
    return Date.now() - Math.max(...changed) < LOADER_IDLE_MS;
  };
  if (busy()) say("another run is loading this CRM; waiting for it");
  while (busy()) await new Promise((resolve) => setTimeout(resolve, 5000));
}

function cacheKey(): string {
  const hash = createHash("sha256");
  for (const input of CACHE_INPUTS) hashPath(hash, path.join(ROOT, input));
  return hash.digest("hex").slice(0, 10);
}

function hashPath(hash: ReturnType<typeof createHash>, target: string): void {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    hash.update(target).update(fs.readFileSync(target));
    return;
  }
  for (const entry of fs.readdirSync(target).sort()) hashPath(hash, path.join(target, entry));
}
