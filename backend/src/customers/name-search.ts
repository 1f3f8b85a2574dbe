import { sql, type Kysely } from "kysely";
import type { Customer } from "../../../src/core/contracts";
import { deletionVariants, nameTokens, withinOneEdit } from "../../../src/core/names";
import type { Database } from "../storage/schema";
import { findCustomersByIds } from "./customer-store";
import { namePairs } from "./name-index";

/**
 * Two-stage name search.
 * 1. Correct: each query word is looked up, with its one-letter deletions, in the vocabulary's deletion variants;
 *    every known word within one edit of it shares a variant, so typo tolerance is exact and costs a few B-tree
 *    probes (a trigram index misses short words: "ana" and "ama" share no trigram).
 * 2. Search exactly: customers that carry a candidate of the two rarest words are read from the word-pair index,
 *    and must carry a candidate of every other word too. Only a few hundred rows are ever touched.
 */

export interface NameHit {
  customer: Customer;
  /** 1 when every word matches exactly and none is missing; lower for typos and missing or extra words. */
  similarity: number;
}

interface QueryWord {
  word: string;
  candidates: string[];
  frequency: number;
}

const CANDIDATE_ROWS = 300;
const TYPO_CREDIT = 0.8;

export async function searchCustomersByName(db: Kysely<Database>, name: string, limit: number): Promise<NameHit[]> {
  const query = nameTokens(name);
  if (query.length === 0) return [];

  const words = (await correctWords(db, query)).sort((a, b) => a.frequency - b.frequency);
  if (words.length === 0) return [];

  const ids = await findCandidateIds(db, words);
  const customers = await findCustomersByIds(db, ids);
  return customers
    .map((customer) => ({ customer, similarity: nameSimilarity(query, nameTokens(customer.name)) }))
    .sort((a, b) => b.similarity - a.similarity || a.customer.name.localeCompare(b.customer.name))
    .slice(0, limit);
}

async function correctWords(db: Kysely<Database>, query: string[]): Promise<QueryWord[]> {
  const variants = [...new Set(query.flatMap(deletionVariants))];
  const known = await db
    .selectFrom("name_token_variants as v")
    .innerJoin("name_tokens as t", "t.token", "v.token")
    .select(["t.token", "t.customers"])
    .distinct()
    .where("v.variant", "in", variants)
    .where("t.customers", ">", 0)
    .execute();

  return query
    .map((word) => {
      const matches = known.filter((entry) => withinOneEdit(word, entry.token));
      const frequency = matches.reduce((sum, entry) => sum + Number(entry.customers), 0);
      return { word, candidates: matches.map((entry) => entry.token), frequency };
    })
    .filter((word) => word.candidates.length > 0);
}

async function findCandidateIds(db: Kysely<Database>, words: QueryWord[]): Promise<string[]> {
  if (words.length === 1) return idsWithWord(db, words[0]);

  const all = await idsWithPair(db, words[0], words[1], words.slice(2));
  if (all.length > 0 || words.length === 2) return all;

  // A word the customer's record lacks ("José García Pérez" for a stored "José García"): the two rarest suffice.
  return idsWithPair(db, words[0], words[1], []);
}

async function idsWithWord(db: Kysely<Database>, word: QueryWord): Promise<string[]> {
  const rows = await db
    .selectFrom("customer_name_tokens")
    .select("customer_id")
    .where("token", "in", word.candidates)
    .limit(CANDIDATE_ROWS)
    .execute();
  return rows.map((row) => row.customer_id);
}

async function idsWithPair(db: Kysely<Database>, first: QueryWord, second: QueryWord, others: QueryWord[]) {
  const pairs = first.candidates.flatMap((a) => second.candidates.flatMap((b) => (a === b ? [] : namePairs([a, b]))));
  if (pairs.length === 0) return [];

  let select = db.selectFrom("customer_name_pairs as p").select("p.customer_id").where("p.pair", "in", pairs);
  for (const other of others) {
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom("customer_name_tokens as t")
          .select(sql`1`.as("one"))
          .whereRef("t.customer_id", "=", "p.customer_id")
          .where("t.token", "in", other.candidates),
      ),
    );
  }
  const rows = await select.limit(CANDIDATE_ROWS).execute();
  return [...new Set(rows.map((row) => row.customer_id))];
}

/** Share of words that agree, exact words counting fully and one-typo words a little less. */
export function nameSimilarity(query: string[], name: string[]): number {
  if (query.length === 0 || name.length === 0) return 0;

  let credit = 0;
  for (const word of query) {
    if (name.includes(word)) credit += 1;
    else if (name.some((candidate) => withinOneEdit(word, candidate))) credit += TYPO_CREDIT;
  }
  return credit / Math.max(query.length, name.length);
}
