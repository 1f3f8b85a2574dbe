import type { Migration } from "./migration";

const autoId = { sqlite: "INTEGER PRIMARY KEY AUTOINCREMENT", postgres: "BIGSERIAL PRIMARY KEY" };

function tables(engine: "sqlite" | "postgres"): string[] {
  return [
    `CREATE TABLE customers (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE,
      domain TEXT NOT NULL, phone TEXT, company TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    `CREATE INDEX customers_domain ON customers (domain, name)`,
    `CREATE TABLE name_tokens (token TEXT PRIMARY KEY, customers INTEGER NOT NULL)`,
    `CREATE TABLE name_token_variants (variant TEXT NOT NULL, token TEXT NOT NULL, PRIMARY KEY (variant, token))`,
    `CREATE TABLE customer_name_tokens (
      customer_id TEXT NOT NULL REFERENCES customers (id), token TEXT NOT NULL, PRIMARY KEY (customer_id, token))`,
    `CREATE INDEX customer_name_tokens_token ON customer_name_tokens (token, customer_id)`,
    `CREATE TABLE customer_name_pairs (
      pair TEXT NOT NULL, customer_id TEXT NOT NULL REFERENCES customers (id), PRIMARY KEY (pair, customer_id))`,
    `CREATE INDEX customer_name_pairs_customer ON customer_name_pairs (customer_id)`,
    `CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)`,
    `INSERT INTO counters (name, value) VALUES ('ticket', 0)`,
    `CREATE TABLE tickets (
      number INTEGER PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers (id), subject TEXT NOT NULL,
      problem TEXT NOT NULL, notes TEXT NOT NULL, priority TEXT NOT NULL, evaluation TEXT NOT NULL,
      language TEXT NOT NULL, status TEXT NOT NULL, internet_message_id TEXT UNIQUE, conversation_id TEXT,
      received_at TEXT, mailbox TEXT, created_by TEXT NOT NULL, assigned_to TEXT, created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL, due_at TEXT NOT NULL)`,
    `CREATE INDEX tickets_due ON tickets (due_at, number)`,
    `CREATE INDEX tickets_status_due ON tickets (status, due_at, number)`,
    `CREATE INDEX tickets_customer_due ON tickets (customer_id, due_at, number)`,
    `CREATE INDEX tickets_assigned_due ON tickets (assigned_to, due_at, number)`,
    `CREATE INDEX tickets_conversation ON tickets (conversation_id)`,
    `CREATE TABLE ticket_emails (
      internet_message_id TEXT PRIMARY KEY, ticket_number INTEGER NOT NULL REFERENCES tickets (number),
      received_at TEXT, linked_at TEXT NOT NULL)`,
    `CREATE TABLE ticket_events (
      id ${autoId[engine]}, ticket_number INTEGER NOT NULL REFERENCES tickets (number), kind TEXT NOT NULL,
      actor TEXT NOT NULL, at TEXT NOT NULL, detail TEXT NOT NULL)`,
    `CREATE INDEX ticket_events_ticket ON ticket_events (ticket_number, id)`,
    `CREATE TABLE idempotency_keys (
      agent_id TEXT NOT NULL, key TEXT NOT NULL, body_hash TEXT NOT NULL,
      ticket_number INTEGER NOT NULL REFERENCES tickets (number), created_at TEXT NOT NULL,
      PRIMARY KEY (agent_id, key))`,
  ];
}

export const initial: Migration = {
  version: 1,
  name: "initial",
  sqlite: tables("sqlite"),
  postgres: tables("postgres"),
};
