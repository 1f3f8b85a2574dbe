/**
 * Replies the add-in has just opened, waiting for their compose form to start (OnNewMessageCompose) so that the
 * ticket number can go into the subject: displayReplyFormAsync takes no subject. Kept in the origin's
 * localStorage, the one store that the pane, the ribbon command and the launch-event runtime share where that
 * runtime is a browser (Outlook on the web, new Outlook on Windows, Mac); OfficeRuntime.storage does not exist in
 * Outlook (OfficeDev/office-js#3312). A record holds only Outlook's opaque conversation id and the ticket number.
 */
export interface PendingReplies {
  /** Remembers that the next new reply in this conversation is the ticket's reply. */
  record(conversationId: string, ticketNumber: string): void;
  /** The ticket number for a new reply in this conversation, once: the record is gone afterwards. */
  take(conversationId: string): string | null;
}

interface PendingRecord {
  ticketNumber: string;
  expiresAt: number;
}

const STORAGE_KEY = "tmp.pendingReplies";
/** Long enough for a slow reply form to open, short enough that a later manual reply is left alone. */
export const PENDING_REPLY_TTL_MS = 3 * 60_000;

export function createPendingReplies(storage: Storage, now: () => number = Date.now): PendingReplies {
  const write = (records: Record<string, PendingRecord>): void => {
    if (Object.keys(records).length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(records));
  };

  return {
    record(conversationId, ticketNumber) {
      const records = unexpired(read(storage), now());
      records[conversationId] = { ticketNumber, expiresAt: now() + PENDING_REPLY_TTL_MS };
      write(records);
    },
    take(conversationId) {
      const records = unexpired(read(storage), now());
      const found = records[conversationId];
      delete records[conversationId];
      write(records);
      return found?.ticketNumber ?? null;
    },
  };
}

/** The origin's localStorage where this runtime has one; classic Outlook's JavaScript-only runtime has none. */
export function sharedStorage(scope: { localStorage?: Storage } = globalThis): Storage | null {
  try {
    return scope.localStorage ?? null;
  } catch {
    // A sandboxed frame throws on access instead of leaving it undefined.
    return null;
  }
}

function read(storage: Storage): Record<string, PendingRecord> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, PendingRecord>) : {};
  } catch {
    return {};
  }
}

function unexpired(records: Record<string, PendingRecord>, at: number): Record<string, PendingRecord> {
  return Object.fromEntries(
    Object.entries(records).filter(([, record]) => typeof record?.ticketNumber === "string" && record.expiresAt > at),
  );
}
