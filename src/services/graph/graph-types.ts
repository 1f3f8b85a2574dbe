import type { Person } from "../../core/contracts";

/** One email of the support inbox, as the Bandeja needs it. `id` is Graph's immutable id. */
export interface InboxMessage {
  id: string;
  internetMessageId: string;
  receivedAt: string;
  from: Person | null;
  subject: string;
  categories: string[];
  webLink: string | null;
  conversationId: string | null;
}

export interface InboxPage {
  messages: InboxMessage[];
  /** Graph's `@odata.nextLink`, to be passed back verbatim; null on the last page. */
  nextLink: string | null;
}

export type CategoryResult = "added" | "already-present";

export interface GraphMailClient {
  listInboxOldestFirst(options: { pageSize: number; nextLink?: string | null }): Promise<InboxPage>;
  /** Adds `label` to the message's categories without dropping the ones already there. */
  addCategory(messageId: string, label: string): Promise<CategoryResult>;
}

/** Tagging a message known by Outlook's own (EWS) item id, as Office.js gives it (the workflow's fallback). */
export interface OutlookItemCategories {
  addCategoryToOutlookItem(itemId: string, label: string): Promise<CategoryResult>;
}

export interface RetryPolicy {
  /** Retries after the first attempt for 429 and 503. */
  maxRetries: number;
  /** First backoff when Graph gives no Retry-After; doubles each retry up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the pane reports the throttling instead of hanging. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
  maxWaitMs: 30_000,
};
