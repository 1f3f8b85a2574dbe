import type { NewCustomer } from "../../src/core/contracts";
import { matchCustomers } from "../../backend/src/customers/match-customers";
import type { Storage } from "../../backend/src/storage/open-storage";
import { Latencies, round, timed } from "./latency";
import { Random } from "./random";
import { sameNameWords, typoQuery, TYPO_KINDS, type TypoKind } from "./typo-queries";

export interface MatchFigures {
  name_match_queries: number;
  name_match_p50_ms: number;
  name_match_p99_ms: number;
  name_match_max_ms: number;
  /** The customer the query was made from is among the first ten. */
  /**
   * CPU time of this process per query. On SQLite (in-process) it is the query's own work, which the wall-clock
   * latencies above inflate when other programs share the CPU; on PostgreSQL the server's work is not in it.
   */
  name_match_cpu_p50_ms: number;
  name_match_cpu_p99_ms: number;
  name_recall_at_10: number;
  /** ...or a customer with exactly the same name words is (no search can tell such twins apart). */
  name_recall_at_10_with_twins: number;
  typo_kinds: Record<TypoKind, number>;
  address_match_queries: number;
  address_match_p50_ms: number;
  address_match_p99_ms: number;
  address_match_max_ms: number;
}

const WARM_UP = 200;

/**
 * Calls the backend's match function in-process, one query at a time, with the name as a hurried agent types it
 * (fuzzy) and with the stored address in upper case (exact; addresses compare case-insensitively).
 */
export async function benchMatch(storage: Storage, sample: NewCustomer[], seed = 7): Promise<MatchFigures> {
  const random = new Random(seed);
  const queries = sample.map((customer) => ({ customer, ...typoQuery(customer.name, random) }));
  for (const { query } of queries.slice(0, WARM_UP)) await matchCustomers(storage.db, { name: query });

  const names = new Latencies();
  const cpu = new Latencies();
  const kinds = Object.fromEntries(TYPO_KINDS.map((kind) => [kind, 0])) as Record<TypoKind, number>;
  let found = 0;
  let foundOrTwin = 0;
  for (const { customer, query, kinds: typos } of queries) {
    const before = process.cpuUsage();
    const matches = await timed(names, () => matchCustomers(storage.db, { name: query, limit: 10 }));
    const used = process.cpuUsage(before);
    cpu.add((used.user + used.system) / 1000);
    if (matches.some((match) => match.customer.email === customer.email)) found++;
    if (
      matches.some(
        (match) => match.customer.email === customer.email || sameNameWords(match.customer.name, customer.name),
      )
    )
      foundOrTwin++;
    for (const kind of typos) kinds[kind]++;
  }

  const addresses = new Latencies();
  for (const { customer } of queries.slice(0, WARM_UP)) await matchCustomers(storage.db, { email: customer.email });
  for (const { customer } of queries) {
    const matches = await timed(addresses, () => matchCustomers(storage.db, { email: customer.email.toUpperCase() }));
    if (matches[0]?.customer.email !== customer.email) throw new Error("exact address match failed");
  }

  const name = names.summary();
  const address = addresses.summary();
  return {
    name_match_queries: names.count,
    name_match_p50_ms: name.p50,
    name_match_p99_ms: name.p99,
    name_match_max_ms: name.max,
    name_match_cpu_p50_ms: cpu.percentile(50),
    name_match_cpu_p99_ms: cpu.percentile(99),
    name_recall_at_10: round(found / queries.length, 4),
    name_recall_at_10_with_twins: round(foundOrTwin / queries.length, 4),
    typo_kinds: kinds,
    address_match_queries: addresses.count,
    address_match_p50_ms: address.p50,
    address_match_p99_ms: address.p99,
    address_match_max_ms: address.max,
  };
}
