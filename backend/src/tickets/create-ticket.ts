import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { groupCommit, type ItemOutcome } from "../storage/group-commit";
import { isUniqueViolation } from "../storage/errors";
import type { Database } from "../storage/schema";
import { existingNumber, keyOf, type CreateTicketCommand, type PendingCreate } from "./batch-plan";
import { writeTicketBatch, type CreateResult } from "./ticket-batch";
import { findTicket } from "./ticket-rows";

export type { CreateTicketCommand } from "./batch-plan";
export type { CreateResult } from "./ticket-batch";

/**
 * A batch holds enough creates to share one flush in a busy second and stays small enough to keep its SQL modest;
 * under a stream of creates, waiting a millisecond for company costs less than a flush of its own.
 */
const BATCHING = { maxBatch: 128, gatherMs: 1 };

/**
 * Creates tickets once per email and once per idempotency key. Every create, repeat or not, goes through group
 * commit: the batch looks up keys and emails itself, so concurrent creates share one transaction and one durable
 * flush, and a batch of repeats ends in a rollback that flushes nothing.
 */
export function ticketCreator(db: Kysely<Database>) {
  const write = groupCommit((items: PendingCreate[]) => writeWithFallback(db, items), BATCHING);
  return (command: CreateTicketCommand): Promise<CreateResult> =>
    write({ command, bodyHash: hashBody(command.ticket) });
}

/**
 * A batch that fails as a whole (a database error, not a refused item) is written again one item at a time, so
 * one bad create cannot take its neighbours down with it.
 */
async function writeWithFallback(db: Kysely<Database>, items: PendingCreate[]): Promise<ItemOutcome<CreateResult>[]> {
  try {
    return await writeTicketBatch(db, items);
  } catch (error) {
    if (items.length === 1) return [await afterSingleFailure(db, items[0], error)];
  }

  const outcomes: ItemOutcome<CreateResult>[] = [];
  for (const item of items) outcomes.push(...(await writeWithFallback(db, [item])));
  return outcomes;
}

/** A racing writer on another process that took the key or the email first: its ticket is the answer. */
async function afterSingleFailure(
  db: Kysely<Database>,
  pending: PendingCreate,
  error: unknown,
): Promise<ItemOutcome<CreateResult>> {
  try {
    const winner = isUniqueViolation(error) ? await findKnown(db, pending) : null;
    return winner ? { ok: true, value: { ticket: winner, created: false } } : { ok: false, error };
  } catch (lookupError) {
    return { ok: false, error: lookupError };
  }
}

async function findKnown(db: Kysely<Database>, pending: PendingCreate) {
  const { command } = pending;
  const key = command.idempotencyKey
    ? await db
        .selectFrom("idempotency_keys")
        .select(["body_hash", "ticket_number"])
        .where("agent_id", "=", command.agent.id)
        .where("key", "=", command.idempotencyKey)
        .executeTakeFirst()
    : undefined;
  const messageId = command.ticket.source?.internetMessageId;
  const email = messageId
    ? await db
        .selectFrom("ticket_emails")
        .select("ticket_number")
        .where("internet_message_id", "=", messageId)
        .executeTakeFirst()
    : undefined;

  const keys = new Map(
    key && command.idempotencyKey
      ? [[keyOf(command.agent.id, command.idempotencyKey), { bodyHash: key.body_hash, number: key.ticket_number }]]
      : [],
  );
  const emails = new Map(email && messageId ? [[messageId, Number(email.ticket_number)]] : []);
  const number = existingNumber(pending, keys, emails);
  return number === null ? null : findTicket(db, Number(number));
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
