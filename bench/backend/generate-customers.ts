import type { NewCustomer } from "../../src/core/contracts";
import { Random, WeightedList } from "./random";
import {
  COMPANY_KINDS,
  COMPANY_PLACES,
  FEMALE_COMPOUNDS,
  FEMALE_NAMES,
  LEGAL_FORMS,
  MALE_COMPOUNDS,
  MALE_NAMES,
  PUBLIC_MAIL_DOMAINS,
  SURNAMES,
} from "./spanish-names";

interface Company {
  name: string;
  domain: string;
}

const female = new WeightedList(FEMALE_NAMES);
const male = new WeightedList(MALE_NAMES);
const femaleCompound = new WeightedList(FEMALE_COMPOUNDS);
const maleCompound = new WeightedList(MALE_COMPOUNDS);
// INE: the commonest surnames are each carried by about 3 % of people (García 3.1 %, Rodríguez and González 2.8 %),
// and the list goes on for thousands; an exponent of 0.5 over our 220 gives 3.7 %, 2.6 %, 2.1 %... close to that.
const surnames = new WeightedList(SURNAMES, 0.5);

/** Share of customers writing from a public mail provider rather than from their company. */
const PUBLIC_MAIL_SHARE = 0.4;
const COMPOUND_SHARE = 0.3;

/** Plain ASCII for address parts: no accents, no spaces, no dots. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

function givenName(random: Random): string {
  const isFemale = random.chance(0.5);
  if (random.chance(COMPOUND_SHARE)) return (isFemale ? femaleCompound : maleCompound).pick(random);
  return (isFemale ? female : male).pick(random);
}

function companies(random: Random, count: number): Company[] {
  const seen = new Set<string>();
  const result: Company[] = [];
  while (result.length < count) {
    const kind = random.pick(COMPANY_KINDS);
    const core = random.chance(0.5) ? surnames.pick(random) : random.pick(COMPANY_PLACES);
    const suffix = seen.has(`${kind} ${core}`) ? ` ${random.pick(COMPANY_PLACES)} ${result.length}` : "";
    const base = `${kind} ${core}${suffix}`;
    seen.add(`${kind} ${core}`);
    const legal = random.pick(LEGAL_FORMS);
    const tld = random.chance(0.8) ? "es" : "com";
    result.push({ name: legal ? `${base} ${legal}` : base, domain: `${asciiSlug(base)}.${tld}` });
  }
  return result;
}

function localPart(random: Random, given: string, first: string, second: string): string {
  const name = asciiSlug(given.split(" ")[0]);
  const style = random.int(4);
  if (style === 0) return `${name}.${asciiSlug(first)}`;
  if (style === 1) return `${name[0]}${asciiSlug(first)}`;
  if (style === 2) return `${name}.${asciiSlug(first)}.${asciiSlug(second)}`;
  return `${name}${asciiSlug(first)}${1950 + random.int(60)}`;
}

/**
 * Yields `count` customers in batches, the same ones for the same seed: a given name (a third compound, some
 * abbreviated as agents see them, "Mª José"), two surnames, an address at the company or at a public provider
 * (a number added when taken, as providers do), some with a phone. Addresses are unique.
 */
export function* generateCustomers(count: number, batchSize: number, seed = 20260101): Generator<NewCustomer[]> {
  const random = new Random(seed);
  const pool = companies(random, Math.max(50, Math.round(count / 40)));
  const taken = new Set<string>();
  let batch: NewCustomer[] = [];

  for (let index = 0; index < count; index++) {
    const given = givenName(random);
    const first = surnames.pick(random);
    let second = surnames.pick(random);
    if (second === first) second = surnames.pick(random);

    const company = random.chance(PUBLIC_MAIL_SHARE) ? null : random.pick(pool);
    const domain = company?.domain ?? random.pick(PUBLIC_MAIL_DOMAINS);
    let email = `${localPart(random, given, first, second)}@${domain}`;
    for (let n = 2; taken.has(email); n++) email = email.replace(/\d*@/, `${n}@`);
    taken.add(email);

    batch.push({
      name: `${given} ${first} ${second}`,
      email,
      ...(company ? { company: company.name } : {}),
      ...(random.chance(0.6) ? { phone: `+34 6${String(random.int(1e8)).padStart(8, "0")}` } : {}),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
