import type { Kysely, Selectable } from "kysely";
import type { Customer, CustomerUpdate, NewCustomer } from "../../../src/core/contracts";
import { domainOfAddress } from "../../../src/core/mail-domains";
import { nameTokens } from "../../../src/core/names";
import { isUniqueViolation } from "../storage/errors";
import type { CustomerRow, Database } from "../storage/schema";
import { timeOrderedId } from "../storage/time-ordered-id";
import {
  addToVocabulary,
  countName,
  emptyNameCounts,
  indexCustomerName,
  MAX_INDEXED_WORDS,
  namePairs,
  postingWords,
  unindexCustomerName,
} from "./name-index";

export type CreateCustomerResult = { created: true; customer: Customer } | { created: false; customer: Customer };

export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

export function toCustomer(row: Selectable<CustomerRow>): Customer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Exported for the benchmark's bulk loader (bench/backend), which writes the very same rows.
export function newRow(customer: NewCustomer, now: Date): CustomerRow {
  const at = now.toISOString();
  const email = customer.email.trim();
  return {
    id: timeOrderedId(),
    name: customer.name.trim(),
    email,
    email_key: emailKey(email),
    domain: domainOfAddress(email) ?? "",
    phone: customer.phone?.trim() || null,
    company: customer.company?.trim() || null,
    created_at: at,
    updated_at: at,
  };
}

/** Creates the customer unless the address is taken; then answers with the customer who has it. */
export async function createCustomer(
  db: Kysely<Database>,
  input: NewCustomer,
  now: Date,
): Promise<CreateCustomerResult> {
  const existing = await findCustomerByEmail(db, input.email);
  if (existing) return { created: false, customer: existing };

  const row = newRow(input, now);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("customers").values(row).execute();
      await indexCustomerName(trx, row.id, nameTokens(row.name));
    });
    return { created: true, customer: toCustomer(row) };
  } catch (error) {
    // Two creates of one address at once: the unique index lets one win; the other returns the winner.
    const winner = isUniqueViolation(error) ? await findCustomerByEmail(db, input.email) : null;
    if (!winner) throw error;
    return { created: false, customer: winner };
  }
}

export async function findCustomerById(db: Kysely<Database>, id: string): Promise<Customer | null> {
  const row = await db.selectFrom("customers").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toCustomer(row) : null;
}

export async function findCustomerByEmail(db: Kysely<Database>, address: string): Promise<Customer | null> {
  const row = await db
    .selectFrom("customers")
    .selectAll()
    .where("email_key", "=", emailKey(address))
    .executeTakeFirst();
  return row ? toCustomer(row) : null;
}

export async function findCustomersByDomain(db: Kysely<Database>, domain: string, limit: number): Promise<Customer[]> {
  const rows = await db
    .selectFrom("customers")
    .selectAll()
    .where("domain", "=", domain)
    .orderBy("name")
    .limit(limit)
    .execute();
  return rows.map(toCustomer);
}

export async function findCustomersByIds(db: Kysely<Database>, ids: string[]): Promise<Customer[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("customers").selectAll().where("id", "in", ids).execute();
  return rows.map(toCustomer);
}

/** Changes contact data; a new name is re-indexed in the same transaction, so search never sees half of it. */
export async function updateCustomer(
  db: Kysely<Database>,
  id: string,
  change: CustomerUpdate,
  now: Date,
): Promise<Customer | null> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("customers").selectAll().where("id", "=", id).executeTakeFirst();
    if (!before) return null;

    const after: CustomerRow = {
      ...before,
      name: change.name?.trim() ?? before.name,
      phone: change.phone === undefined ? before.phone : change.phone?.trim() || null,
      company: change.company === undefined ? before.company : change.company?.trim() || null,
      updated_at: now.toISOString(),
    };
    await trx
      .updateTable("customers")
      .set({ name: after.name, phone: after.phone, company: after.company, updated_at: after.updated_at })
      .where("id", "=", id)
      .execute();

    if (after.name !== before.name) {
      await unindexCustomerName(trx, id, nameTokens(before.name));
      await indexCustomerName(trx, id, nameTokens(after.name));
    }
    return toCustomer(after);
  });
}

/**
 * Loads many customers in one transaction per call, with multi-row inserts: for the demo seed and for benchmarks
 * that fill a million rows. Addresses must be new; a duplicate fails the whole batch.
 */
export async function insertCustomers(
  db: Kysely<Database>,
  customers: NewCustomer[],
  now = new Date(),
): Promise<Customer[]> {
  const rows = customers.map((customer) => newRow(customer, now));
  const counts = emptyNameCounts();

  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      const tokens = batch.map((row) => ({ id: row.id, words: nameTokens(row.name).slice(0, MAX_INDEXED_WORDS) }));

      await trx.insertInto("customers").values(batch).execute();
      const tokenRows = tokens.flatMap(({ id, words }) => words.map((token) => ({ customer_id: id, token })));
      const pairRows = tokens.flatMap(({ id, words }) =>
        namePairs(words).map((pair) => ({ pair, customer_id: id, words: postingWords(words) })),
      );
      for (let i = 0; i < tokenRows.length; i += 1000) {
        await trx
          .insertInto("customer_name_tokens")
          .values(tokenRows.slice(i, i + 1000))
          .execute();
      }
      for (let i = 0; i < pairRows.length; i += 1000) {
        await trx
          .insertInto("customer_name_pairs")
          .values(pairRows.slice(i, i + 1000))
          .execute();
      }
      for (const { words } of tokens) countName(counts, words);
    }
    await addToVocabulary(trx, counts);
  });
  return rows.map(toCustomer);
}
