import type { Kysely, Selectable } from "kysely";
import { formatTicketNumber, parseTicketNumber } from "../../../src/core";
import type { Evaluation, Language, Priority, Ticket, TicketEvent, TicketStatus } from "../../../src/core/contracts";
import type { Database, TicketEventRow, TicketRow } from "../storage/schema";

export type TicketWithCustomerRow = Selectable<TicketRow> & { customer_name: string; customer_email: string };

/** Tickets joined with their customer's current name and address, the shape every ticket answer needs. */
export function selectTickets(db: Kysely<Database>) {
  return db
    .selectFrom("tickets as t")
    .innerJoin("customers as c", "c.id", "t.customer_id")
    .selectAll("t")
    .select(["c.name as customer_name", "c.email as customer_email"]);
}

export function toTicket(row: TicketWithCustomerRow): Ticket {
  const source = row.internet_message_id
    ? {
        internetMessageId: row.internet_message_id,
        ...(row.conversation_id ? { conversationId: row.conversation_id } : {}),
        ...(row.received_at ? { receivedAt: row.received_at } : {}),
        ...(row.mailbox ? { mailbox: row.mailbox } : {}),
      }
    : null;

  return {
    number: formatTicketNumber(Number(row.number)),
    customer: { id: row.customer_id, name: row.customer_name, email: row.customer_email },
    subject: row.subject,
    problem: row.problem,
    notes: row.notes,
    priority: row.priority as Priority,
    evaluation: row.evaluation as Evaluation,
    language: row.language as Language,
    status: row.status as TicketStatus,
    source,
    createdBy: row.created_by,
    assignedTo: row.assigned_to,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dueAt: row.due_at,
  };
}

export function toEvent(row: Selectable<TicketEventRow>): TicketEvent {
  return {
    kind: row.kind as TicketEvent["kind"],
    actor: row.actor,
    at: row.at,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}

export async function findTicket(db: Kysely<Database>, number: number): Promise<Ticket | null> {
  const row = await selectTickets(db).where("t.number", "=", number).executeTakeFirst();
  return row ? toTicket(row) : null;
}

/** `TMP-000123` → 123, or null for anything that is not a ticket number (the route answers 404). */
export function ticketNumberOf(text: string): number | null {
  return /^TMP-\d{6,9}$/.test(text) ? parseTicketNumber(text) : null;
}
