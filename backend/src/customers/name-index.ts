import { sql, type Transaction } from "kysely";
import { deletionVariants } from "../../../src/core/names";
import type { Database } from "../storage/schema";

/** Every unordered pair of distinct words, each written `a b` with a < b, as stored in customer_name_pairs. */
export function namePairs(tokens: string[]): string[] {
  const sorted = [...new Set(tokens)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push(`${sorted[i]} ${sorted[j]}`);
  }
  return pairs;
}

// Names longer than this many words are rare; the cap keeps the pair count (n·(n−1)/2) small.
export const MAX_INDEXED_WORDS = 6;

/** Rows that make one customer findable by name: words, word pairs, vocabulary counts and typo variants. */
export async function indexCustomerName(trx: Transaction<Database>, customerId: string, tokens: string[]) {
  const words = tokens.slice(0, MAX_INDEXED_WORDS);
  if (words.length === 0) return;

  await trx
    .insertInto("customer_name_tokens")
    .values(words.map((token) => ({ customer_id: customerId, token })))
    .execute();
  const pairs = namePairs(words);
  if (pairs.length > 0) {
    await trx
      .insertInto("customer_name_pairs")
      .values(pairs.map((pair) => ({ pair, customer_id: customerId })))
      .execute();
  }
  await addToVocabulary(trx, new Map(words.map((token) => [token, 1])));
}

export async function unindexCustomerName(trx: Transaction<Database>, customerId: string, tokens: string[]) {
  await trx.deleteFrom("customer_name_tokens").where("customer_id", "=", customerId).execute();
  await trx.deleteFrom("customer_name_pairs").where("customer_id", "=", customerId).execute();
  // Words whose count reaches zero stay in the vocabulary: harmless, and the next customer may bring them back.
  const words = [...new Set(tokens.slice(0, MAX_INDEXED_WORDS))].sort();
  if (words.length > 0) {
    await trx
      .updateTable("name_tokens")
      .set({ customers: sql`customers - 1` })
      .where("token", "in", words)
      .execute();
  }
}

/**
 * Adds customers to each word's count, adding new words and their typo variants to the vocabulary. Words are
 * written in sorted order so that concurrent writers on PostgreSQL lock rows in the same order (no deadlock).
 */
export async function addToVocabulary(trx: Transaction<Database>, counts: Map<string, number>) {
  const entries = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return;

  for (const chunk of chunks(entries, 500)) {
    await trx
      .insertInto("name_tokens")
      .values(chunk.map(([token, customers]) => ({ token, customers })))
      .onConflict((conflict) =>
        conflict.column("token").doUpdateSet({ customers: sql`name_tokens.customers + excluded.customers` }),
      )
      .execute();
  }

  const variants = entries.flatMap(([token]) => deletionVariants(token).map((variant) => ({ variant, token })));
  for (const chunk of chunks(variants, 500)) {
    await trx
      .insertInto("name_token_variants")
      .values(chunk)
      .onConflict((conflict) => conflict.columns(["variant", "token"]).doNothing())
      .execute();
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
