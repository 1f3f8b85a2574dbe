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

/**
 * A customer's words as each pair row stores them, with a space on both sides, so that one word is found with
 * `LIKE '% word %'` on either engine (words hold only letters and digits: no LIKE wildcards).
 */
export function postingWords(words: string[]): string {
  return ` ${words.join(" ")} `;
}

export function wordsOfPosting(words: string): string[] {
  return words.trim().split(" ");
}

// Names longer than this many words are rare; the cap keeps the pair count (n·(n−1)/2) small.
export const MAX_INDEXED_WORDS = 6;

/** How many customers carry each word and each word pair, added to the vocabulary in one write. */
export interface NameCounts {
  words: Map<string, number>;
  pairs: Map<string, number>;
}

export function emptyNameCounts(): NameCounts {
  return { words: new Map(), pairs: new Map() };
}

/** Counts one customer's indexed words (already capped and deduplicated) and their pairs. */
export function countName(counts: NameCounts, words: string[]): void {
  for (const word of words) counts.words.set(word, (counts.words.get(word) ?? 0) + 1);
  for (const pair of namePairs(words)) counts.pairs.set(pair, (counts.pairs.get(pair) ?? 0) + 1);
}

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
      .values(pairs.map((pair) => ({ pair, customer_id: customerId, words: postingWords(words) })))
      .execute();
  }
  const counts = emptyNameCounts();
  countName(counts, words);
  await addToVocabulary(trx, counts);
}

export async function unindexCustomerName(trx: Transaction<Database>, customerId: string, tokens: string[]) {
  await trx.deleteFrom("customer_name_tokens").where("customer_id", "=", customerId).execute();
  await trx.deleteFrom("customer_name_pairs").where("customer_id", "=", customerId).execute();
  // Words and pairs whose count reaches zero stay: harmless, and the next customer may bring them back.
  const words = [...new Set(tokens.slice(0, MAX_INDEXED_WORDS))].sort();
  await subtractOne(trx, "name_tokens", words);
  await subtractOne(trx, "name_pairs", namePairs(words));
}

/**
 * Adds customers to each word's and each pair's count, adding new words and their typo variants to the
 * vocabulary. Rows are written in sorted order so that concurrent writers on PostgreSQL lock them in the same order
 * (no deadlock).
 */
export async function addToVocabulary(trx: Transaction<Database>, counts: NameCounts) {
  const words = sortedEntries(counts.words);
  await addCounts(trx, "name_tokens", words);
  await addCounts(trx, "name_pairs", sortedEntries(counts.pairs));

  const variants = words.flatMap(([token]) => deletionVariants(token).map((variant) => ({ variant, token })));
  for (const chunk of chunks(variants, 500)) {
    await trx
      .insertInto("name_token_variants")
      .values(chunk)
      .onConflict((conflict) => conflict.columns(["variant", "token"]).doNothing())
      .execute();
  }
}

/** The two count tables (a word's customers, a pair's customers) and the column each is keyed by. */
const COUNT_KEYS = { name_tokens: "token", name_pairs: "pair" } as const;
type CountTable = keyof typeof COUNT_KEYS;

async function addCounts(trx: Transaction<Database>, table: CountTable, entries: [string, number][]) {
  const key = sql.ref(COUNT_KEYS[table]);
  for (const chunk of chunks(entries, 500)) {
    const rows = sql.join(chunk.map(([value, customers]) => sql`(${value}, ${customers})`));
    await sql`INSERT INTO ${sql.table(table)} (${key}, customers) VALUES ${rows}
      ON CONFLICT (${key}) DO UPDATE SET customers = ${sql.table(table)}.customers + excluded.customers`.execute(trx);
  }
}

async function subtractOne(trx: Transaction<Database>, table: CountTable, values: string[]) {
  if (values.length === 0) return;
  await sql`UPDATE ${sql.table(table)} SET customers = customers - 1
    WHERE ${sql.ref(COUNT_KEYS[table])} IN (${sql.join(values)})`.execute(trx);
}

function sortedEntries(counts: Map<string, number>): [string, number][] {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
