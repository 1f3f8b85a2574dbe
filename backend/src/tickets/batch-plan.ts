import { computeDueTime } from "../../../src/core";
import { ProblemTypes, type NewTicket } from "../../../src/core/contracts";
import type { Agent } from "../auth/agent";
import { HttpProblem, notFound } from "../http/http-problem";
import type { Policy } from "../policy/load-policy";
import type { TicketRow } from "../storage/schema";

export interface CreateTicketCommand {
  ticket: NewTicket;
  agent: Agent;
  idempotencyKey: string | null;
  now: Date;
  policy: Policy;
}

/** A command with the hash of its body, computed once before it joins a batch. */
export interface PendingCreate {
  command: CreateTicketCommand;
  bodyHash: string;
}

/** What the database already holds for a batch, read after its counter lock so other writers are settled. */
export interface KnownFacts {
  keys: Map<string, { bodyHash: string; number: number }>;
  emails: Map<string, number>;
  /** The batch's customers that exist, with what a ticket answer shows of them. */
  customers: Map<string, { name: string; email: string }>;
}

export type PlannedOutcome = { kind: "ticket"; number: number; created: boolean } | { kind: "error"; error: unknown };

export interface BatchPlan {
  outcomes: PlannedOutcome[];
  rows: Array<{ row: TicketRow; pending: PendingCreate }>;
}

export const keyOf = (agentId: string, key: string) => `${agentId}\n${key}`;

/**
 * Decides, in arrival order, what each create of a batch comes to: the ticket its key or email already has, a
 * refusal, or a new ticket with the next number. Items of the same batch see each other, so one email sent twice
 * within a batch gets one ticket, and numbers are consecutive because only new tickets take one.
 */
export function planBatch(items: PendingCreate[], known: KnownFacts, lastNumber: number): BatchPlan {
  const keys = new Map(known.keys);
  const emails = new Map(known.emails);
  const rows: BatchPlan["rows"] = [];
  let next = lastNumber;

  const outcomes = items.map((pending): PlannedOutcome => {
    try {
      const existing = existingNumber(pending, keys, emails);
      if (existing !== null) return { kind: "ticket", number: existing, created: false };
      if (!known.customers.has(pending.command.ticket.customerId)) throw missingCustomer();

      next += 1;
      const row = newTicketRow(next, pending.command);
      rows.push({ row, pending });
      remember(pending, row.number, keys, emails);
      return { kind: "ticket", number: row.number, created: true };
    } catch (error) {
      return { kind: "error", error };
    }
  });
  return { outcomes, rows };
}

/** The ticket this request already made: by key (422 when the key came with another body), then by email. */
export function existingNumber(
  { command, bodyHash }: PendingCreate,
  keys: KnownFacts["keys"],
  emails: KnownFacts["emails"],
): number | null {
  if (command.idempotencyKey) {
    const key = keys.get(keyOf(command.agent.id, command.idempotencyKey));
    if (key && key.bodyHash !== bodyHash) throw keyReused();
    if (key) return key.number;
  }

  const messageId = command.ticket.source?.internetMessageId;
  return messageId ? (emails.get(messageId) ?? null) : null;
}

function remember(pending: PendingCreate, number: number, keys: KnownFacts["keys"], emails: KnownFacts["emails"]) {
  const { command, bodyHash } = pending;
  if (command.idempotencyKey) keys.set(keyOf(command.agent.id, command.idempotencyKey), { bodyHash, number });
  const messageId = command.ticket.source?.internetMessageId;
  if (messageId) emails.set(messageId, number);
}

export function newTicketRow(number: number, { ticket, agent, now, policy }: CreateTicketCommand): TicketRow {
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

function keyReused() {
  return new HttpProblem(
    422,
    ProblemTypes.idempotencyKeyReused,
    "Clave de idempotencia reutilizada / Idempotency key reused",
    "Esta clave ya se usó con otro contenido / This key was already used with a different body",
  );
}

function missingCustomer() {
  return notFound("customer", "El cliente del ticket no existe / The ticket's customer does not exist");
}
