import { useCallback, useEffect, useRef, useState } from "react";
import type { GraphMailClient, InboxMessage } from "../../services/graph/graph-types";
import type { TicketBackend } from "../../workflow/ports";
import { logger } from "../logger";
import { usePaneServices } from "../PaneServicesContext";
import { useGraphMailClientLoader } from "./graph-client-context";
import { toInboxFailure, type InboxFailure } from "./inbox-failure";
import { openInboxMessage } from "./open-inbox-message";

export interface InboxRow {
  message: InboxMessage;
  /** The ticket number when the email already has a ticket. */
  ticket: string | null;
}

export type MoreState = { kind: "idle" } | { kind: "loading" } | { kind: "failed"; failure: InboxFailure };

export type ReadyInbox = { kind: "ready"; rows: InboxRow[]; nextLink: string | null; more: MoreState };

export type InboxState =
  { kind: "loading" } | { kind: "empty" } | { kind: "failed"; failure: InboxFailure } | ReadyInbox;

export type InboxNotice = "all-ticketed" | "open-failed" | null;

export const INBOX_PAGE_SIZE = 25;
// "Siguiente sin ticket" reads ahead at most this many pages before saying every email has a ticket.
const MAX_PAGES_SEARCHED = 10;

/** The Bandeja's state machine: first page, more pages, the next email without a ticket, opening an email. */
export function useInbox(pageSize = INBOX_PAGE_SIZE) {
  const { tokens, backend, mailbox } = usePaneServices();
  const loadClient = useGraphMailClientLoader();
  const [state, setState] = useState<InboxState>({ kind: "loading" });
  const [notice, setNotice] = useState<InboxNotice>(null);
  const [searching, setSearching] = useState(false);
  const stateRef = useRef(state);
  const clientRef = useRef<Promise<GraphMailClient> | null>(null);

  const update = useCallback((next: InboxState) => {
    stateRef.current = next;
    setState(next);
  }, []);

  const fetchPage = useCallback(
    async (nextLink: string | null) => {
      clientRef.current ??= loadClient(tokens).catch((error: unknown) => {
        clientRef.current = null;
        throw error;
      });
      const page = await (await clientRef.current).listInboxOldestFirst({ pageSize, nextLink });
      return { rows: await withTickets(backend, page.messages), nextLink: page.nextLink };
    },
    [backend, loadClient, pageSize, tokens],
  );

  const loadFirst = useCallback(async () => {
    update({ kind: "loading" });
    setNotice(null);

    try {
      const page = await fetchPage(null);
      const empty = page.rows.length === 0 && page.nextLink === null;
      update(empty ? { kind: "empty" } : { kind: "ready", ...page, more: { kind: "idle" } });
    } catch (error) {
      const failure = toInboxFailure(error);
      logger.warn("inbox.load-failed", { kind: failure.kind });
      update({ kind: "failed", failure });
    }
  }, [fetchPage, update]);

  const loadMore = useCallback(async (): Promise<ReadyInbox | null> => {
    const current = stateRef.current;
    if (current.kind !== "ready" || current.nextLink === null || current.more.kind === "loading") return null;
    update({ ...current, more: { kind: "loading" } });

    try {
      const page = await fetchPage(current.nextLink);
      const next: ReadyInbox = { ...current, rows: [...current.rows, ...page.rows], nextLink: page.nextLink };
      update({ ...next, more: { kind: "idle" } });
      return { ...next, more: { kind: "idle" } };
    } catch (error) {
      const failure = toInboxFailure(error);
      logger.warn("inbox.more-failed", { kind: failure.kind });
      update({ ...current, more: { kind: "failed", failure } });
      return null;
    }
  }, [fetchPage, update]);

  const open = useCallback(
    async (row: InboxRow) => {
      setNotice(null);
      try {
        await openInboxMessage(mailbox, row.message);
      } catch {
        logger.warn("inbox.open-failed");
        setNotice("open-failed");
      }
    },
    [mailbox],
  );

  const openNextWithoutTicket = useCallback(async () => {
    setSearching(true);
    setNotice(null);

    let current: InboxState | null = stateRef.current;
    for (let pages = 0; current?.kind === "ready" && pages < MAX_PAGES_SEARCHED; pages++) {
      const row = current.rows.find((r) => r.ticket === null);
      if (row) {
        await open(row);
        break;
      }
      if (current.nextLink === null) {
        setNotice("all-ticketed");
        break;
      }
      current = await loadMore();
    }

    setSearching(false);
  }, [loadMore, open]);

  useEffect(() => {
    void loadFirst();
  }, [loadFirst]);

  return { state, notice, searching, reload: loadFirst, loadMore, open, openNextWithoutTicket };
}

/** One batch question to the backend per page: which of these emails already have a ticket. */
async function withTickets(backend: TicketBackend, messages: InboxMessage[]): Promise<InboxRow[]> {
  const ids = messages.map((m) => m.internetMessageId).filter((id) => id !== "");
  const tickets = ids.length === 0 ? {} : await backend.findTicketsByMessageIds(ids);
  return messages.map((message) => ({ message, ticket: tickets[message.internetMessageId] ?? null }));
}
