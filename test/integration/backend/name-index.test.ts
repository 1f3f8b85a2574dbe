import { sql } from "kysely";
import { matchCustomers } from "../../../backend/src/customers/match-customers";
import { createCustomer, insertCustomers, updateCustomer } from "../../../backend/src/customers/customer-store";
import { migrate } from "../../../backend/src/storage/migrations";
import { openStorage, type Storage } from "../../../backend/src/storage/open-storage";
import { loadConfig } from "../../../backend/src/config";
import { deletionVariants } from "../../../src/core/names";
import { announceSkippedEngines, ENGINES, testDatabaseEnv } from "../../support/backend";

announceSkippedEngines();

const NOW = new Date("2026-11-02T09:00:00.000Z");

/** A database migrated up to `version` only, as an older release left it. */
async function openAt(engine: "sqlite" | "postgres", version: number) {
  const database = testDatabaseEnv(engine);
  const config = loadConfig({ NODE_ENV: "test", AUTH_MODE: "development", ...database.env });
  const storage = await openStorage(config.database, { migrate: false });
  await migrate(storage.db, engine, version);
  return { storage, close: () => storage.close().then(database.drop) };
}

/** What name_pairs says, and what counting the pair rows says: they must agree. */
async function pairCounts(storage: Storage) {
  const stored = await storage.db.selectFrom("name_pairs").select(["pair", "customers"]).execute();
  const counted = await storage.db
    .selectFrom("customer_name_pairs")
    .select(["pair", sql<number>`COUNT(*)`.as("customers")])
    .groupBy("pair")
    .execute();
  const asMap = (rows: { pair: string; customers: number | string }[]) =>
    Object.fromEntries(rows.filter((r) => Number(r.customers) > 0).map((r) => [r.pair, Number(r.customers)]));
  return { stored: asMap(stored), counted: asMap(counted) };
}

describe.each(ENGINES)("the name index on %s", (engine) => {
  it("upgrades customers written before pair counts: counts and words filled, names still found", async () => {
    const { storage, close } = await openAt(engine, 2);
    try {
      await sql`INSERT INTO customers (id, name, email, email_key, domain, created_at, updated_at)
        VALUES ('c1', 'José García López', 'jose@x.example', 'jose@x.example', 'x.example', '', ''),
               ('c2', 'José García Ruiz', 'jgr@x.example', 'jgr@x.example', 'x.example', '', '')`.execute(storage.db);
      await sql`INSERT INTO customer_name_tokens (customer_id, token) VALUES
        ('c1', 'jose'), ('c1', 'garcia'), ('c1', 'lopez'), ('c2', 'jose'), ('c2', 'garcia'), ('c2', 'ruiz')`.execute(
        storage.db,
      );
      await sql`INSERT INTO customer_name_pairs (pair, customer_id) VALUES
        ('garcia jose', 'c1'), ('garcia lopez', 'c1'), ('jose lopez', 'c1'),
        ('garcia jose', 'c2'), ('garcia ruiz', 'c2'), ('jose ruiz', 'c2')`.execute(storage.db);
      await sql`INSERT INTO name_tokens (token, customers)
        VALUES ('jose', 2), ('garcia', 2), ('lopez', 1), ('ruiz', 1)`.execute(storage.db);
      const variants = ["jose", "garcia", "lopez", "ruiz"].flatMap((token) =>
        deletionVariants(token).map((variant) => ({ variant, token })),
      );
      await storage.db.insertInto("name_token_variants").values(variants).execute();

      await migrate(storage.db, engine);

      const words = await storage.db
        .selectFrom("customer_name_pairs")
        .select("words")
        .where("customer_id", "=", "c1")
        .execute();
      const matches = await matchCustomers(storage.db, { name: "Jose Garcia Lopes" });
      expect((await pairCounts(storage)).stored).toEqual({
        "garcia jose": 2,
        "garcia lopez": 1,
        "jose lopez": 1,
        "garcia ruiz": 1,
        "jose ruiz": 1,
      });
      expect(words.map((w) => w.words.trim().split(" ").sort())).toEqual(Array(3).fill(["garcia", "jose", "lopez"]));
      expect(matches[0]?.customer.id).toBe("c1");
    } finally {
      await close();
    }
  });

  it("keeps pair counts equal to the pair rows through creates and renames", async () => {
    const { storage, close } = await openAt(engine, Infinity);
    try {
      const ana = await createCustomer(storage.db, { name: "Ana María Ruiz", email: "ana@x.example" }, NOW);
      await createCustomer(storage.db, { name: "María Ruiz Gil", email: "maria@x.example" }, NOW);
      await updateCustomer(storage.db, ana.customer.id, { name: "Ana Ruiz Pérez" }, NOW);

      const { stored, counted } = await pairCounts(storage);
      const found = await matchCustomers(storage.db, { name: "Ana Ruiz Perez" });
      const gone = await matchCustomers(storage.db, { name: "Ana Maria" });
      expect(stored).toEqual(counted);
      expect(stored["maria ruiz"]).toBe(1);
      expect(found[0]?.customer.id).toBe(ana.customer.id);
      expect(gone.map((m) => m.customer.id)).not.toContain(ana.customer.id);
    } finally {
      await close();
    }
  });

  it("checks the other words of a query on the pair's rows and ranks the exact name first", async () => {
    const { storage, close } = await openAt(engine, Infinity);
    try {
      for (const [name, email] of [
        ["María García Marín", "m1@x.example"],
        ["María García Martín", "m2@x.example"],
        ["María José García Marín", "m3@x.example"],
        ["Pedro García Marín", "p@x.example"],
        ["María García López", "l@x.example"],
      ]) {
        await createCustomer(storage.db, { name, email }, NOW);
      }

      const matches = await matchCustomers(storage.db, { name: "Maria Garcia Marin" });

      const emails = matches.map((m) => m.customer.email);
      expect(emails[0]).toBe("m1@x.example");
      expect(emails).toEqual(expect.arrayContaining(["m2@x.example", "m3@x.example"]));
      expect(emails).not.toContain("l@x.example");
    } finally {
      await close();
    }
  });

  it("answers a name of many short words, each a typo of dozens of known words, with few candidates", async () => {
    const { storage, close } = await openAt(engine, Infinity);
    try {
      const letters = "abcdefghijklmnopqrstuvwxyz";
      const words = [...letters].flatMap((a) => [...letters].map((b) => a + b));
      await insertCustomers(
        storage.db,
        words.map((word, i) => ({ name: `${word} ${words[(i + 1) % words.length]}`, email: `c${i}@x.example` })),
        NOW,
      );
      const typed = words.slice(0, 66).join(" ");

      const matches = await matchCustomers(storage.db, { name: typed, limit: 10 });

      expect(typed.length).toBeLessThanOrEqual(200);
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.length).toBeLessThanOrEqual(10);
    } finally {
      await close();
    }
  });
});
