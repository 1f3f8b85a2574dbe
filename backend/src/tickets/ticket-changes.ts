import type { Kysely, Transaction } from "kysely";
import {
  ProblemTypes,
  type LinkEmail,
  type TicketChange,
  type TicketEvent,
  type TicketStatus,
} from "../../../src/core/contracts";
import type { Agent } from "../auth/agent";
import { HttpProblem, notFound } from "../http/http-problem";
import type { Database } from "../storage/schema";
import { findTicket, toEvent } from "./ticket-rows";

/** The life of a ticket: forward through the procedure, back to work when a solution did not hold. */
export const ALLOWED_TRANSITIONS: Record<TicketStatus, TicketStatus[]> = {
  Pendiente: ["En curso", "Resuelto", "Cerrado"],
  "En curso": ["Pendiente", "Resuelto"],
  Resuelto: ["Cerrado", "En curso"],
  Cerrado: ["En curso"],
};

type EventKind = TicketEvent["kind"];

async function addEvent(
  trx: Transaction<Database>,
  number: number,
  kind: EventKind,
  actor: string,
  at: string,
  detail: object,
) {
  await trx
    .insertInto("ticket_events")
    .values({ ticket_number: number, kind, actor, at, detail: JSON.stringify(detail) })
    .execute();
  return { kind, actor, at, detail: { ...detail } } satisfies TicketEvent;
}

async function lockTicket(trx: Transaction<Database>, number: number) {
  // Touching the row first takes its write lock (PostgreSQL), so two changes of one ticket apply one after the other.
  const updated = await trx.updateTable("tickets").set({ number }).where("number", "=", number).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw notFound("ticket");
  return trx
    .selectFrom("tickets")
    .select(["status", "priority", "assigned_to"])
    .where("number", "=", number)
    .executeTakeFirstOrThrow();
}

export async function changeTicket(
  db: Kysely<Database>,
  number: number,
  change: TicketChange,
  agent: Agent,
  now: Date,
) {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const before = await lockTicket(trx, number);
    const from = before.status as TicketStatus;

    if (change.status && change.status !== from) {
      if (!ALLOWED_TRANSITIONS[from].includes(change.status)) {
        throw new HttpProblem(
          409,
          ProblemTypes.invalidTransition,
          "Cambio de estado no permitido / Status change not allowed",
          `${from} → ${change.status}`,
          { allowed: ALLOWED_TRANSITIONS[from] },
        );
      }
      await addEvent(trx, number, "status-changed", agent.id, at, { from, to: change.status });
    }
    if (change.priority && change.priority !== before.priority) {
      await addEvent(trx, number, "priority-changed", agent.id, at, { from: before.priority, to: change.priority });
    }
    if (change.assignedTo !== undefined && change.assignedTo !== before.assigned_to) {
      await addEvent(trx, number, "assignment-changed", agent.id, at, {
        from: before.assigned_to,
        to: change.assignedTo,
      });
    }

    await trx
      .updateTable("tickets")
      .set({
        status: change.status ?? before.status,
        priority: change.priority ?? before.priority,
        assigned_to: change.assignedTo === undefined ? before.assigned_to : change.assignedTo,
        updated_at: at,
      })
      .where("number", "=", number)
      .execute();
  });
  return findTicket(db, number);
}

export async function addNote(db: Kysely<Database>, number: number, text: string, agent: Agent, now: Date) {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await lockTicket(trx, number);
    await trx.updateTable("tickets").set({ updated_at: at }).where("number", "=", number).execute();
    return addEvent(trx, number, "note-added", agent.id, at, { text });
  });
}

/** Links a customer's later email; linking it again answers with the first link instead of a second one. */
export async function linkEmail(
  db: Kysely<Database>,
  number: number,
  email: LinkEmail,
  agent: Agent,
  now: Date,
): Promise<{ event: TicketEvent; created: boolean }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await lockTicket(trx, number);
    const linked = await trx
      .selectFrom("ticket_emails")
      .select("ticket_number")
      .where("internet_message_id", "=", email.internetMessageId)
      .executeTakeFirst();

    if (linked && Number(linked.ticket_number) !== number) {
      throw new HttpProblem(
        409,
        ProblemTypes.emailAlreadyLinked,
        "El correo ya pertenece a otro ticket / Email belongs to another ticket",
      );
    }
    if (linked) return { event: await firstLinkEvent(trx, number, email.internetMessageId), created: false };

    const receivedAt = email.receivedAt ? new Date(email.receivedAt).toISOString() : null;
    await trx
      .insertInto("ticket_emails")
      .values({
        internet_message_id: email.internetMessageId,
        ticket_number: number,
        conversation_id: email.conversationId ?? null,
        received_at: receivedAt,
        linked_at: at,
      })
      .execute();
    await trx.updateTable("tickets").set({ updated_at: at }).where("number", "=", number).execute();
    const detail = {
      internetMessageId: email.internetMessageId,
      ...(email.conversationId ? { conversationId: email.conversationId } : {}),
      ...(receivedAt ? { receivedAt } : {}),
    };
    return { event: await addEvent(trx, number, "email-linked", agent.id, at, detail), created: true };
  });
}

async function firstLinkEvent(trx: Transaction<Database>, number: number, messageId: string): Promise<TicketEvent> {
  const events = await trx
    .selectFrom("ticket_events")
    .selectAll()
    .where("ticket_number", "=", number)
    .where("kind", "in", ["email-linked", "created"])
    .orderBy("id")
    .execute();
  const all = events.map(toEvent);
  // The source email of the ticket has no link event of its own: its creation stands for it.
  const event = all.find((e) => e.detail.internetMessageId === messageId) ?? all.find((e) => e.kind === "created");
  if (!event) throw new Error("linked email without its event");
  return event;
}

export async function recordReplyDrafted(
  db: Kysely<Database>,
  number: number,
  language: string,
  agent: Agent,
  now: Date,
) {
  await db
    .transaction()
    .execute((trx) => addEvent(trx, number, "reply-drafted", agent.id, now.toISOString(), { language }));
}

export async function ticketEvents(db: Kysely<Database>, number: number): Promise<TicketEvent[]> {
  const rows = await db
    .selectFrom("ticket_events")
    .selectAll()
    .where("ticket_number", "=", number)
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}
