import type { Generated } from "kysely";

/**
 * Table shapes shared by both engines. Times are ISO-8601 UTC strings with milliseconds (`toISOString()`), which
 * sort correctly as text on SQLite and PostgreSQL alike, so one query path serves both.
 */
export interface Database {
  customers: CustomerRow;
  name_tokens: NameTokenRow;
  name_token_variants: NameTokenVariantRow;
  customer_name_tokens: CustomerNameTokenRow;
  customer_name_pairs: CustomerNamePairRow;
  name_pairs: NamePairRow;
  tickets: TicketRow;
  ticket_emails: TicketEmailRow;
  ticket_events: TicketEventRow;
  idempotency_keys: IdempotencyKeyRow;
  counters: CounterRow;
}

export interface CustomerRow {
  id: string;
  name: string;
  email: string;
  /** Lower-cased address: the unique key, so two spellings of one address are one customer. */
  email_key: string;
  /** Lower-cased domain of the address, for the same-company match. */
  domain: string;
  phone: string | null;
  company: string | null;
  created_at: string;
  updated_at: string;
}

/** The vocabulary of known name words, with how many customers carry each (to start from the rarest). */
export interface NameTokenRow {
  token: string;
  customers: number;
}

/** Each vocabulary word and its single-letter deletions: finds every word within one typo by exact lookups. */
export interface NameTokenVariantRow {
  variant: string;
  token: string;
}

export interface CustomerNameTokenRow {
  customer_id: string;
  token: string;
}

/**
 * Every unordered pair of a customer's name words, `a b` with a < b: a two-word query is one index range. Each row
 * carries all the customer's indexed words (` maria garcia lopez `), so further words are checked on the range.
 */
export interface CustomerNamePairRow {
  pair: string;
  customer_id: string;
  words: string;
}

/** How many customers carry each word pair: the search starts from the pair with the fewest. */
export interface NamePairRow {
  pair: string;
  customers: number;
}

export interface TicketRow {
  number: number;
  customer_id: string;
  subject: string;
  problem: string;
  notes: string;
  priority: string;
  evaluation: string;
  language: string;
  status: string;
  internet_message_id: string | null;
  conversation_id: string | null;
  received_at: string | null;
  mailbox: string | null;
  created_by: string;
  assigned_to: string | null;
  created_at: string;
  updated_at: string;
  due_at: string;
}

/** Every email that belongs to a ticket: its source and the customer's later replies. Unique per message. */
export interface TicketEmailRow {
  internet_message_id: string;
  ticket_number: number;
  conversation_id: string | null;
  received_at: string | null;
  linked_at: string;
}

export interface TicketEventRow {
  id: Generated<number>;
  ticket_number: number;
  kind: string;
  actor: string;
  at: string;
  /** JSON text. */
  detail: string;
}

export interface IdempotencyKeyRow {
  agent_id: string;
  key: string;
  body_hash: string;
  ticket_number: number;
  created_at: string;
}

export interface CounterRow {
  name: string;
  value: number;
}
