import type { Kysely } from "kysely";
import { formatTicketNumber } from "../../../src/core";
import type { Ticket, TicketListQuery } from "../../../src/core/contracts";
import { HttpProblem } from "../http/http-problem";
import { ProblemTypes } from "../../../src/core/contracts";
import type { Database } from "../storage/schema";
import { selectTickets, toTicket } from "./ticket-rows";

export const OPEN_STATUSES = ["Pendiente", "En curso"];
const DEFAULT_PAGE = 50;

interface Cursor {
  dueAt: string;
  number: number;
}

/** One page sorted by due time, then number; the cursor is the last row's (due time, number), opaque to clients. */
export async function listTickets(db: Kysely<Database>, query: TicketListQuery, now: Date) {
  const limit = query.limit ?? DEFAULT_PAGE;
  let select = selectTickets(db);

  if (query.status?.length) select = select.where("t.status", "in", query.status);
  if (query.priority?.length) select = select.where("t.priority", "in", query.priority);
  if (query.customerId) select = select.where("t.customer_id", "=", query.customerId);
  if (query.assignedTo) select = select.where("t.assigned_to", "=", query.assignedTo);
  if (query.overdue) select = select.where("t.due_at", "<", now.toISOString()).where("t.status", "in", OPEN_STATUSES);

  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor) {
    select = select.where((eb) =>
      eb.or([
        eb("t.due_at", ">", cursor.dueAt),
        eb.and([eb("t.due_at", "=", cursor.dueAt), eb("t.number", ">", cursor.number)]),
      ]),
    );
  }

  const rows = await select
    .orderBy("t.due_at")
    .orderBy("t.number")
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ dueAt: last.due_at, number: Number(last.number) }) : null;
  return { items: page.map(toTicket), nextCursor };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.dueAt, cursor.number])).toString("base64url");
}

function decodeCursor(text: string): Cursor {
  try {
    const [dueAt, number] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (typeof dueAt === "string" && typeof number === "number" && Number.isSafeInteger(number))
      return { dueAt, number };
  } catch {
    // Falls through to the problem below.
  }
  throw new HttpProblem(
    400,
    ProblemTypes.validation,
    "Datos no válidos / Invalid request",
    "cursor no válido / invalid cursor",
  );
}

/** Which of these emails already belong to a ticket, as `{ internetMessageId: "TMP-000123" }`. */
export async function lookupTickets(db: Kysely<Database>, messageIds: string[]): Promise<Record<string, string>> {
  if (messageIds.length === 0) return {};
  const rows = await db
    .selectFrom("ticket_emails")
    .select(["internet_message_id", "ticket_number"])
    .where("internet_message_id", "in", [...new Set(messageIds)])
    .execute();
  return Object.fromEntries(
    rows.map((row) => [row.internet_message_id, formatTicketNumber(Number(row.ticket_number))]),
  );
}

/** Tickets that an email of the conversation began or was linked to. */
export async function ticketsInConversation(db: Kysely<Database>, conversationId: string): Promise<Ticket[]> {
  const linked = db.selectFrom("ticket_emails").select("ticket_number").where("conversation_id", "=", conversationId);
  const rows = await selectTickets(db)
    .where((eb) => eb.or([eb("t.conversation_id", "=", conversationId), eb("t.number", "in", linked)]))
    .orderBy("t.number")
    .limit(100)
    .execute();
  return rows.map(toTicket);
}

/** Open tickets by due time, for follow-up: the agent's own (assigned to them) or the whole team's. */
export async function openTickets(db: Kysely<Database>, assignedTo: string | null, limit = 500): Promise<Ticket[]> {
  let select = selectTickets(db).where("t.status", "in", OPEN_STATUSES);
  if (assignedTo !== null) select = select.where("t.assigned_to", "=", assignedTo);
  const rows = await select.orderBy("t.due_at").orderBy("t.number").limit(limit).execute();
  return rows.map(toTicket);
}
