import type { Kysely } from "kysely";
import type { Customer } from "../../../src/core/contracts";
import { deletionVariants, nameTokens, withinOneEdit } from "../../../src/core/names";
import type { Database } from "../storage/schema";
import { findCustomersByIds } from "./customer-store";
import { MAX_INDEXED_WORDS, namePairs, wordsOfPosting } from "./name-index";

/**
 * Two-stage name search.
 * 1. Correct: each query word is looked up, with its one-letter deletions, in the vocabulary's deletion variants;
 *    every known word within one edit of it shares a variant, so typo tolerance is exact and costs a few B-tree
 *    probes (a trigram index misses short words: "ana" and "ama" share no trigram).
 * 2. Search exactly: of every two query words, the pair the fewest customers carry (counted in `name_pairs`) gives
 *    one range of the word-pair index; its rows carry the customers' words, so the other query words are checked
 *    and the customers ranked on that range alone. Only the best few customers are then read.
 */

export interface NameHit {
  customer: Customer;
  /** 1 when every word matches exactly and none is missing; lower for typos and missing or extra words. */
  similarity: number;
}

interface QueryWord {
  word: string;
  candidates: string[];
}

/** A customer who may match, with the name words it was indexed under. */
interface Candidate {
  id: string;
  words: string[];
}

const CANDIDATE_ROWS = 300;
const TYPO_CREDIT = 0.8;
/**
 * Bounds that keep the work of one query small whatever is typed: customers are indexed by their first six words,
 * and a word rarely has more than a few known words within one edit (short words in a large vocabulary can).
 */
const MAX_QUERY_WORDS = MAX_INDEXED_WORDS;
const MAX_CANDIDATES = 12;

export async function searchCustomersByName(db: Kysely<Database>, name: string, limit: number): Promise<NameHit[]> {
  const query = nameTokens(name).slice(0, MAX_QUERY_WORDS);
  if (query.length === 0) return [];

  const words = await correctWords(db, query);
  if (words.length === 0) return [];

  const candidates = words.length === 1 ? await withWord(db, words[0]) : await withRarestPair(db, words);
  const best = rank(query, candidates).slice(0, limit);
  const customers = new Map(
    (
      await findCustomersByIds(
        db,
        best.map((hit) => hit.id),
      )
    ).map((c) => [c.id, c]),
  );
  return best.flatMap(({ id, similarity }) => {
    const customer = customers.get(id);
    return customer ? [{ customer, similarity }] : [];
  });
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
  // The word itself first, then the commonest corrections: the likeliest readings of a typo.
  const likeliest = known.sort((a, b) => Number(b.customers) - Number(a.customers)).map((entry) => entry.token);

  return query
    .map((word) => {
      const corrections = likeliest.filter((token) => token !== word && withinOneEdit(word, token));
      const candidates = likeliest.includes(word) ? [word, ...corrections] : corrections;
      return { word, candidates: candidates.slice(0, MAX_CANDIDATES) };
    })
    .filter((word) => word.candidates.length > 0);
}

async function withWord(db: Kysely<Database>, word: QueryWord): Promise<Candidate[]> {
  const rows = await db
    .selectFrom("customer_name_tokens as t")
    .innerJoin("customers as c", "c.id", "t.customer_id")
    .select(["c.id", "c.name"])
    .where("t.token", "in", word.candidates)
    .limit(CANDIDATE_ROWS)
    .execute();
  return rows.map((row) => ({ id: row.id, words: nameTokens(row.name) }));
}

async function withRarestPair(db: Kysely<Database>, words: QueryWord[]): Promise<Candidate[]> {
  const start = await rarestPair(db, words);
  if (!start) return [];

  const others = words.filter((word) => !start.includes(word));
  const all = await onPair(db, start, others);
  if (all.length > 0 || others.length === 0) return all;

  // A word the customer's record lacks ("José García Pérez" for a stored "José García"): the pair suffices.
  return onPair(db, start, []);
}

/**
 * The two query words whose candidate pairs the fewest customers carry, counted in `name_pairs` (one lookup for
 * every pair of words). Starting there keeps the range read short even when each word alone is common; null when
 * no customer carries any two of the words.
 */
async function rarestPair(db: Kysely<Database>, words: QueryWord[]): Promise<[QueryWord, QueryWord] | null> {
  const options: { words: [QueryWord, QueryWord]; pairs: string[] }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      options.push({ words: [words[i], words[j]], pairs: candidatePairs(words[i], words[j]) });
    }
  }
  const all = [...new Set(options.flatMap((option) => option.pairs))];
  if (all.length === 0) return null;

  const rows = await db.selectFrom("name_pairs").select(["pair", "customers"]).where("pair", "in", all).execute();
  const counts = new Map(rows.map((row) => [row.pair, Number(row.customers)]));
  let best: { words: [QueryWord, QueryWord]; customers: number } | null = null;
  for (const option of options) {
    const customers = option.pairs.reduce((sum, pair) => sum + (counts.get(pair) ?? 0), 0);
    if (customers > 0 && (!best || customers < best.customers)) best = { words: option.words, customers };
  }
  return best?.words ?? null;
}

/** Customers on the pair's range that also carry a candidate of every word in `others`, once each. */
async function onPair(db: Kysely<Database>, [first, second]: [QueryWord, QueryWord], others: QueryWord[]) {
  let select = db
    .selectFrom("customer_name_pairs")
    .select(["customer_id", "words"])
    .where("pair", "in", candidatePairs(first, second));
  for (const other of others) {
    select = select.where((eb) => eb.or(other.candidates.map((word) => eb("words", "like", `% ${word} %`))));
  }
  const rows = await select.limit(CANDIDATE_ROWS).execute();

  // A customer whose words form two candidate pairs ("marin" and "mario" for "marit") is on the range twice.
  const byId = new Map(rows.map((row) => [row.customer_id, row.words]));
  return [...byId].map(([id, words]) => ({ id, words: wordsOfPosting(words) }));
}

function candidatePairs(first: QueryWord, second: QueryWord): string[] {
  const pairs = first.candidates.flatMap((a) => second.candidates.flatMap((b) => (a === b ? [] : namePairs([a, b]))));
  return [...new Set(pairs)];
}

/** Best first; equally similar customers in a stable order (by their words, then id). */
function rank(query: string[], candidates: Candidate[]): { id: string; similarity: number; key: string }[] {
  return candidates
    .map(({ id, words }) => ({ id, similarity: nameSimilarity(query, words), key: words.join(" ") }))
    .sort((a, b) => b.similarity - a.similarity || compare(a.key, b.key) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
