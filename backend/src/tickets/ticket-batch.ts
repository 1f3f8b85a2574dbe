import type { Kysely, Transaction } from "kysely";
import type { Ticket } from "../../../src/core/contracts";
import type { ItemOutcome } from "../storage/group-commit";
import type { Database } from "../storage/schema";
import { keyOf, planBatch, type BatchPlan, type KnownFacts, type PendingCreate } from "./batch-plan";
import { selectTickets, toTicket } from "./ticket-rows";

export interface CreateResult {
  ticket: Ticket;
  created: boolean;
}

/**
 * Writes a batch of creates in one transaction: one counter lock, three reads, one multi-row insert per table,
 * one commit. The counter row's lock serialises writers (PostgreSQL row lock; SQLite has one writer), so the reads
 * after it see every ticket committed before, and numbers have no gaps: a rolled-back batch gives them back.
 */
export async function writeTicketBatch(
  db: Kysely<Database>,
  items: PendingCreate[],
): Promise<ItemOutcome<CreateResult>[]> {
  const trx = await db.startTransaction().execute();
  try {
    const last = await lockCounter(trx);
    const known = await readKnownFacts(trx, items);
    const plan = planBatch(items, known, last);

    await insertPlannedRows(trx, plan);
    const tickets = new Map([...(await knownTickets(trx, plan)), ...createdTickets(plan, known)]);

    // A batch of repeats wrote nothing: rolling back spares the durable commit's flush.
    if (plan.rows.length > 0) await trx.commit().execute();
    else await trx.rollback().execute();
    return answers(plan, tickets);
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}

async function lockCounter(trx: Transaction<Database>): Promise<number> {
  const counter = await trx
    .updateTable("counters")
    .set((eb) => ({ value: eb("value", "+", 0) }))
    .where("name", "=", "ticket")
    .returning("value")
    .executeTakeFirstOrThrow();
  return Number(counter.value);
}

async function readKnownFacts(trx: Transaction<Database>, items: PendingCreate[]): Promise<KnownFacts> {
  const keyed = items.filter((i) => i.command.idempotencyKey !== null);
  const keyValues = unique(keyed.map((i) => i.command.idempotencyKey));
  const agentIds = unique(keyed.map((i) => i.command.agent.id));
  const messageIds = unique(items.map((i) => i.command.ticket.source?.internetMessageId ?? null));
  const customerIds = unique(items.map((i) => i.command.ticket.customerId));

  const [keyRows, emailRows, customerRows] = await Promise.all([
    keyValues.length === 0
      ? []
      : trx
          .selectFrom("idempotency_keys")
          .select(["agent_id", "key", "body_hash", "ticket_number"])
          // Both columns of the primary key, so the lookup uses it; pairs the batch did not ask for are ignored.
          .where("agent_id", "in", agentIds)
          .where("key", "in", keyValues)
          .execute(),
    messageIds.length === 0
      ? []
      : trx
          .selectFrom("ticket_emails")
          .select(["internet_message_id", "ticket_number"])
          .where("internet_message_id", "in", messageIds)
          .execute(),
    trx.selectFrom("customers").select(["id", "name", "email"]).where("id", "in", customerIds).execute(),
  ]);

  return {
    keys: new Map(
      keyRows.map((r) => [keyOf(r.agent_id, r.key), { bodyHash: r.body_hash, number: Number(r.ticket_number) }]),
    ),
    emails: new Map(emailRows.map((r) => [r.internet_message_id, Number(r.ticket_number)])),
    customers: new Map(customerRows.map((r) => [r.id, { name: r.name, email: r.email }])),
  };
}

async function insertPlannedRows(trx: Transaction<Database>, plan: BatchPlan) {
  if (plan.rows.length === 0) return;
  const tickets = plan.rows.map(({ row }) => row);

  await trx.insertInto("tickets").values(tickets).execute();
  const emails = tickets.filter((row) => row.internet_message_id !== null);
  if (emails.length > 0) {
    await trx
      .insertInto("ticket_emails")
      .values(
        emails.map((row) => ({
          internet_message_id: row.internet_message_id ?? "",
          ticket_number: row.number,
          conversation_id: row.conversation_id,
          received_at: row.received_at,
          linked_at: row.created_at,
        })),
      )
      .execute();
  }
  await trx.insertInto("ticket_events").values(tickets.map(createdEvent)).execute();

  const keyed = plan.rows.filter(({ pending }) => pending.command.idempotencyKey !== null);
  if (keyed.length > 0) {
    await trx
      .insertInto("idempotency_keys")
      .values(
        keyed.map(({ row, pending }) => ({
          agent_id: pending.command.agent.id,
          key: pending.command.idempotencyKey ?? "",
          body_hash: pending.bodyHash,
          ticket_number: row.number,
          created_at: row.created_at,
        })),
      )
      .execute();
  }
  await trx
    .updateTable("counters")
    .set({ value: tickets[tickets.length - 1].number })
    .where("name", "=", "ticket")
    .execute();
}

function createdEvent(row: BatchPlan["rows"][number]["row"]) {
  const detail = { status: row.status, priority: row.priority, evaluation: row.evaluation };
  return {
    ticket_number: row.number,
    kind: "created",
    actor: row.created_by,
    at: row.created_at,
    detail: JSON.stringify(detail),
  };
}

/** New tickets are answered from the rows just written and their customer, without reading them back. */
function createdTickets(plan: BatchPlan, known: KnownFacts): Array<[number, Ticket]> {
  return plan.rows.map(({ row }) => {
    const customer = known.customers.get(row.customer_id);
    if (!customer) throw new Error("planned a ticket for an unknown customer");
    return [row.number, toTicket({ ...row, customer_name: customer.name, customer_email: customer.email })];
  });
}

/** Tickets that existed before this batch: the repeats' answers. */
async function knownTickets(trx: Transaction<Database>, plan: BatchPlan): Promise<Map<number, Ticket>> {
  const numbers = unique(plan.outcomes.map((o) => (o.kind === "ticket" && !o.created ? o.number : null)));
  if (numbers.length === 0) return new Map();
  const rows = await selectTickets(trx).where("t.number", "in", numbers).execute();
  return new Map(rows.map((row) => [Number(row.number), toTicket(row)]));
}

function answers(plan: BatchPlan, tickets: Map<number, Ticket>): ItemOutcome<CreateResult>[] {
  return plan.outcomes.map((outcome) => {
    if (outcome.kind === "error") return { ok: false, error: outcome.error };
    const ticket = tickets.get(outcome.number);
    if (!ticket) return { ok: false, error: new Error(`ticket ${outcome.number} vanished`) };
    return { ok: true, value: { ticket, created: outcome.created } };
  });
}

function unique<T>(values: Array<T | null>): T[] {
  return [...new Set(values.filter((v): v is T => v !== null))];
}
