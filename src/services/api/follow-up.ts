import type { Ticket } from "../../core/contracts";
import { BackendError } from "../../workflow/backend-error";
import type { FollowUpLists, FollowUpScope } from "../../workflow/ports";

/** The shape of backend-client.ts's `read`: an authorised, retried GET that rejects with a BackendError. */
export type ReadCall = <T>(call: { url: string; params?: Record<string, string> }) => Promise<T>;

/**
 * GET /api/followup?scope=mine|team for the Pendientes view. Kept apart from backend-client.ts so that it can be
 * written alongside the view; the client wires it in as `listFollowUp: followUpLister(read)`.
 */
export function followUpLister(read: ReadCall): (scope: FollowUpScope) => Promise<FollowUpLists> {
  return async (scope) => toFollowUpLists(await read<unknown>({ url: "/followup", params: { scope } }));
}

function toFollowUpLists(body: unknown): FollowUpLists {
  const lists = body as Partial<Record<keyof FollowUpLists, unknown>> | null;
  if (!lists || !isTicketList(lists.overdue) || !isTicketList(lists.dueToday) || !isTicketList(lists.later)) {
    throw new BackendError({ kind: "server", title: "Unexpected follow-up answer" });
  }
  return { overdue: lists.overdue, dueToday: lists.dueToday, later: lists.later };
}

function isTicketList(value: unknown): value is Ticket[] {
  return Array.isArray(value) && value.every((t) => typeof t === "object" && t !== null && "number" in t);
}
