import type { Kysely } from "kysely";
import type { Customer, CustomerMatch, CustomerMatchRequest } from "../../../src/core/contracts";
import { domainOfAddress, isPublicMailDomain } from "../../../src/core/mail-domains";
import { nameSimilarity, searchCustomersByName } from "./name-search";
import { findCustomerByEmail, findCustomersByDomain } from "./customer-store";
import { nameTokens } from "../../../src/core/names";
import type { Database } from "../storage/schema";

const DEFAULT_LIMIT = 10;

/**
 * The procedure's "verify the customer": same address first, then colleagues at the same company domain, then
 * similar names. A customer found several ways keeps the strongest reason. Colleagues are looked for only when the
 * address itself is unknown: they help to place a new person at a known company, and a known address needs no help.
 */
export async function matchCustomers(db: Kysely<Database>, request: CustomerMatchRequest): Promise<CustomerMatch[]> {
  const limit = request.limit ?? DEFAULT_LIMIT;
  const email = request.email?.trim() ?? "";
  const name = request.name?.trim() ?? "";
  const matches = new Map<string, CustomerMatch>();
  const keep = (match: CustomerMatch): void => {
    const known = matches.get(match.customer.id);
    if (!known || known.score < match.score) matches.set(match.customer.id, match);
  };

  // Independent searches: on PostgreSQL they run on separate pooled connections at once.
  const [exact, namesakes] = await Promise.all([
    email ? findCustomerByEmail(db, email) : null,
    name ? searchCustomersByName(db, name, limit) : [],
  ]);
  const colleagues = exact ? [] : await findColleagues(db, email, limit);

  if (exact) keep({ customer: exact, reason: "email", score: 1 });
  for (const customer of colleagues) keep({ customer, reason: "domain", score: domainScore(name, customer) });
  for (const hit of namesakes)
    keep({ customer: hit.customer, reason: "name", score: round(0.3 + 0.6 * hit.similarity) });

  return [...matches.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

async function findColleagues(db: Kysely<Database>, email: string, limit: number): Promise<Customer[]> {
  const domain = domainOfAddress(email);
  if (!domain || isPublicMailDomain(domain)) return [];
  return findCustomersByDomain(db, domain, limit);
}

/** A colleague scores between a stranger with a similar name and the same address; the same name lifts it. */
function domainScore(name: string, customer: Customer): number {
  const similarity = name ? nameSimilarity(nameTokens(name), nameTokens(customer.name)) : 0;
  return round(0.5 + 0.45 * similarity);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
