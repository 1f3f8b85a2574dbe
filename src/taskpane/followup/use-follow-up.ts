import { useCallback, useEffect, useRef, useState } from "react";
import type { Ticket, TicketChange } from "../../core/contracts";
import { isBackendError } from "../../workflow/backend-error";
import type { FollowUpLists, FollowUpScope } from "../../workflow/ports";
import { logger } from "../logger";
import { usePaneServices } from "../PaneServicesContext";
import { composeFollowUp } from "./follow-up-message";
import type { FollowUpFailureKind } from "./followup-strings";

export type FollowUpState =
  { kind: "loading" } | { kind: "failed"; failure: FollowUpFailureKind } | { kind: "ready"; lists: FollowUpLists };

export function toFailureKind(error: unknown): FollowUpFailureKind {
  return isBackendError(error) ? error.kind : "unknown";
}

/** Pendientes: the agent's (or the team's) open tickets, and what can be done to each of them. */
export function useFollowUp() {
  const { backend, mailbox } = usePaneServices();
  const [scope, setScope] = useState<FollowUpScope>("mine");
  const [state, setState] = useState<FollowUpState>({ kind: "loading" });
  // Switching scope while a list is loading must not let the older answer win.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    setState({ kind: "loading" });

    try {
      if (!backend.listFollowUp) throw new UnsupportedError();
      const lists = byDueTime(await backend.listFollowUp(scope));
      if (request === latest.current) setState({ kind: "ready", lists });
    } catch (error) {
      const failure = error instanceof UnsupportedError ? "unsupported" : toFailureKind(error);
      logger.warn("followup.load-failed", { kind: failure });
      if (request === latest.current) setState({ kind: "failed", failure });
    }
  }, [backend, scope]);

  useEffect(() => {
    void load();
  }, [load]);

  const replaceTicket = useCallback((ticket: Ticket) => {
    setState((previous) =>
      previous.kind === "ready"
        ? { kind: "ready", lists: mapLists(previous.lists, (t) => (t.number === ticket.number ? ticket : t)) }
        : previous,
    );
  }, []);

  const changeTicket = useCallback(
    async (number: string, change: TicketChange) => replaceTicket(await backend.changeTicket(number, change)),
    [backend, replaceTicket],
  );

  const addNote = useCallback(
    async (number: string, text: string) => void (await backend.addNote(number, text)),
    [backend],
  );

  const composeFollowUpFor = useCallback(
    (ticket: Ticket) => mailbox.openNewMessage(composeFollowUp(ticket, mailbox.agent())),
    [mailbox],
  );

  return { scope, setScope, state, reload: load, changeTicket, addNote, composeFollowUp: composeFollowUpFor };
}

export type FollowUpActions = Pick<ReturnType<typeof useFollowUp>, "changeTicket" | "addNote" | "composeFollowUp">;

class UnsupportedError extends Error {}

function byDueTime(lists: FollowUpLists): FollowUpLists {
  const sorted = (tickets: Ticket[]) => [...tickets].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return { overdue: sorted(lists.overdue), dueToday: sorted(lists.dueToday), later: sorted(lists.later) };
}

function mapLists(lists: FollowUpLists, update: (ticket: Ticket) => Ticket): FollowUpLists {
  return { overdue: lists.overdue.map(update), dueToday: lists.dueToday.map(update), later: lists.later.map(update) };
}
