import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { computeDueTime } from "../../../src/core";
import { ProblemTypes, type NewTicket, type Ticket } from "../../../src/core/contracts";
import type { Agent } from "../auth/agent";
import { HttpProblem, notFound } from "../http/http-problem";
import type { Policy } from "../policy/load-policy";
import { isUniqueViolation } from "../storage/errors";
import type { Database, TicketRow } from "../storage/schema";
import { findTicket } from "./ticket-rows";

export interface CreateTicketCommand {
  ticket: NewTicket;
  agent: Agent;
  idempotencyKey: string | null;
  now: Date;
  policy: Policy;
}

/** Thrown inside the transaction to roll it back, counter included, when the email turned out to be known. */
class AlreadyCreated extends Error {
  constructor(readonly number: number) {
    super("already created");
  }
}

/**
 * Creates a ticket once per email and once per idempotency key. The number comes from a counter row updated in
 * the same transaction as the insert: its row lock serialises creators on PostgreSQL (SQLite has one writer), so
 * the duplicate check after it sees every committed ticket, and a rolled-back create gives its number back.
 */
export async function createTicket(db: Kysely<Database>, command: CreateTicketCommand) {
  const bodyHash = hashBody(command.ticket);
  const known = await findExisting(db, command, bodyHash);
  if (known) return { ticket: known, created: false };

  const customer = await db
    .selectFrom("customers")
    .select("id")
    .where("id", "=", command.ticket.customerId)
    .executeTakeFirst();
  if (!customer) throw notFound("customer", "El cliente del ticket no existe / The ticket's customer does not exist");

  try {
    const number = await db.transaction().execute((trx) => insertTicket(trx, command, bodyHash));
    return { ticket: await mustFind(db, number), created: true };
  } catch (error) {
    if (error instanceof AlreadyCreated) return { ticket: await mustFind(db, error.number), created: false };
    // A racing key or message id that the pre-check could not see: the winner's ticket is the answer.
    const winner = isUniqueViolation(error) ? await findExisting(db, command, bodyHash) : null;
    if (!winner) throw error;
    return { ticket: winner, created: false };
  }
}

async function insertTicket(trx: Transaction<Database>, command: CreateTicketCommand, bodyHash: string) {
  const counter = await trx
    .updateTable("counters")
    .set((eb) => ({ value: eb("value", "+", 1) }))
    .where("name", "=", "ticket")
    .returning("value")
    .executeTakeFirstOrThrow();

  const existing = await findExistingNumber(trx, command, bodyHash);
  if (existing !== null) throw new AlreadyCreated(existing);

  const row = newTicketRow(Number(counter.value), command);
  await trx.insertInto("tickets").values(row).execute();
  if (row.internet_message_id) {
    await trx
      .insertInto("ticket_emails")
      .values({
        internet_message_id: row.internet_message_id,
        ticket_number: row.number,
        received_at: row.received_at,
        linked_at: row.created_at,
      })
      .execute();
  }
  await trx
    .insertInto("ticket_events")
    .values({
      ticket_number: row.number,
      kind: "created",
      actor: command.agent.id,
      at: row.created_at,
      detail: JSON.stringify({ status: row.status, priority: row.priority, evaluation: row.evaluation }),
    })
    .execute();
  if (command.idempotencyKey) {
    await trx
      .insertInto("idempotency_keys")
      .values({
        agent_id: command.agent.id,
        key: command.idempotencyKey,
        body_hash: bodyHash,
        ticket_number: row.number,
        created_at: row.created_at,
      })
      .execute();
  }
  return row.number;
}

function newTicketRow(number: number, { ticket, agent, now, policy }: CreateTicketCommand): TicketRow {
  const at = now.toISOString();
  const received = ticket.source?.receivedAt ? new Date(ticket.source.receivedAt) : now;
  // The clock starts when the email arrived, but never in the future (a sender's clock may be wrong).
  const start = received.getTime() > now.getTime() ? now : received;

  return {
    number,
    customer_id: ticket.customerId,
    subject: ticket.subject,
    problem: ticket.problem,
    notes: ticket.notes ?? "",
    priority: ticket.priority,
    evaluation: ticket.evaluation,
    language: ticket.language,
    status: "Pendiente",
    internet_message_id: ticket.source?.internetMessageId ?? null,
    conversation_id: ticket.source?.conversationId ?? null,
    received_at: ticket.source?.receivedAt ? received.toISOString() : null,
    mailbox: ticket.source?.mailbox ?? null,
    created_by: agent.id,
    assigned_to: agent.id,
    created_at: at,
    updated_at: at,
    due_at: computeDueTime(start, ticket.priority, policy.serviceLevels).toISOString(),
  };
}

async function findExisting(
  db: Kysely<Database>,
  command: CreateTicketCommand,
  bodyHash: string,
): Promise<Ticket | null> {
  const number = await findExistingNumber(db, command, bodyHash);
  return number === null ? null : mustFind(db, number);
}

/** The ticket this request already made: by key (422 when the key came with another body), then by email. */
async function findExistingNumber(
  db: Kysely<Database>,
  { ticket, agent, idempotencyKey }: CreateTicketCommand,
  bodyHash: string,
) {
  if (idempotencyKey) {
    const key = await db
      .selectFrom("idempotency_keys")
      .select(["body_hash", "ticket_number"])
      .where("agent_id", "=", agent.id)
      .where("key", "=", idempotencyKey)
      .executeTakeFirst();
    if (key && key.body_hash !== bodyHash) {
      throw new HttpProblem(
        422,
        ProblemTypes.idempotencyKeyReused,
        "Clave de idempotencia reutilizada / Idempotency key reused",
        "Esta clave ya se usó con otro contenido / This key was already used with a different body",
      );
    }
    if (key) return Number(key.ticket_number);
  }

  const messageId = ticket.source?.internetMessageId;
  if (!messageId) return null;
  const email = await db
    .selectFrom("ticket_emails")
    .select("ticket_number")
    .where("internet_message_id", "=", messageId)
    .executeTakeFirst();
  return email ? Number(email.ticket_number) : null;
}

async function mustFind(db: Kysely<Database>, number: number): Promise<Ticket> {
  const ticket = await findTicket(db, number);
  if (!ticket) throw new Error(`ticket ${number} vanished`);
  return ticket;
}

/** Key order does not change the hash, so a client that re-serialises the same ticket is not refused. */
export function hashBody(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
