// npm run bench -- [--engine sqlite|postgres|both] [--customers N] [--quick] [--queries N] [--skip-http] [--json]
// Loads generated Spanish customers into a fresh database per engine, measures the customer match in-process and
// ticket creation and mixed traffic over HTTP on loopback, prints a table (or one JSON object), then drops it all.
import os from "node:os";
import { parseArgs } from "node:util";
import { findCustomerByEmail } from "../../backend/src/customers/customer-store";
import { openStorage, type Engine } from "../../backend/src/storage/open-storage";
import { benchDatabase, type BenchDatabase } from "./bench-database";
import { loadCustomers } from "./load-customers";
import { benchMatch } from "./match-bench";
import { benchMixed } from "./mixed-bench";
import { table, type EngineFigures } from "./report";
import { benchTickets, type HttpSettings } from "./ticket-bench";
import type { KnownCustomer } from "./ticket-requests";

const DEV_AGENT = { id: "agent-bench", name: "Agente Banco de Pruebas", email: "bench@soporte.example" };
const HEADERS = { authorization: `Bearer dev.${Buffer.from(JSON.stringify(DEV_AGENT)).toString("base64url")}` };

const { values: options } = parseArgs({
  options: {
    engine: { type: "string", default: "both" },
    customers: { type: "string" },
    queries: { type: "string" },
    quick: { type: "boolean", default: false },
    "skip-http": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const quick = options.quick ?? false;
const customerCount = Number(options.customers ?? (quick ? 20_000 : 1_000_000));
const queryCount = Number(options.queries ?? (quick ? 1000 : 3000));
const http: HttpSettings = quick
  ? { concurrency: 32, throughputSeconds: 3, openLoopSeconds: 5, repeats: 200 }
  : { concurrency: 32, throughputSeconds: 10, openLoopSeconds: 15, repeats: 500 };
const mixed = { rate: 120, seconds: quick ? 10 : 30 };

function engines(choice: string): Engine[] {
  if (choice === "both") return ["sqlite", "postgres"];
  if (choice === "sqlite" || choice === "postgres") return [choice];
  throw new Error(`--engine must be sqlite, postgres or both, not ${choice}`);
}

/** Progress goes to standard error, so `--json` output stays one clean object. */
function say(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** The database of the engine being measured, dropped also when the run is interrupted. */
let current: BenchDatabase | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`${signal}: dropping the benchmark database`);
    void (current?.drop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function benchEngine(engine: Engine): Promise<EngineFigures> {
  const database = benchDatabase(engine);
  current = database;
  try {
    const storage = await openStorage(database.config);
    say(`${engine}: loading ${customerCount} customers`);
    const load = await loadCustomers(storage, database.config, customerCount, queryCount, (done) => {
      if (done % 100_000 === 0) say(`${engine}: ${done} loaded`);
    });
    say(`${engine}: loaded in ${load.seconds.toFixed(1)} s; matching ${load.sample.length} queries`);
    const match = await benchMatch(storage, load.sample);

    const known: KnownCustomer[] = [];
    for (const customer of load.sample.slice(0, 500)) {
      const stored = await findCustomerByEmail(storage.db, customer.email);
      if (stored) known.push({ id: stored.id, name: stored.name, email: stored.email });
    }
    await storage.close();

    const figures: EngineFigures = {
      customers: customerCount,
      load_seconds: Math.round(load.seconds * 10) / 10,
      match,
    };
    if (options["skip-http"]) return figures;

    say(`${engine}: ticket creation over HTTP`);
    figures.tickets = await benchTickets(database.env, known, HEADERS, http);
    say(`${engine}: mixed traffic at ${mixed.rate}/s for ${mixed.seconds} s`);
    figures.mixed = await benchMixed(database.env, known, HEADERS, mixed);
    return figures;
  } finally {
    await database.drop();
    current = null;
  }
}

async function main(): Promise<void> {
  const loadAtStart = Math.round(os.loadavg()[0] * 10) / 10;
  const results: Record<string, EngineFigures> = {};
  for (const engine of engines(options.engine ?? "both")) results[engine] = await benchEngine(engine);

  const machine = {
    cpus: os.cpus().length,
    /** Other work on the machine skews latencies: the 1-minute load average at the start and at the end. */
    load_average_1m: { start: loadAtStart, end: Math.round(os.loadavg()[0] * 10) / 10 },
    node: process.version,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine, ...results }, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(results)}\n\n${JSON.stringify(machine)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
