import type { TokenProvider } from "../../workflow/ports";
import { GraphError } from "./graph-error";
import { parseInboxPage } from "./parse-inbox-page";
import { assertHttps, IMMUTABLE_IDS, sendGraphRequest, type GraphTransport } from "./graph-request";
import { addCategory, immutableIdOf } from "./message-categories";
import {
  DEFAULT_RETRY_POLICY,
  type GraphMailClient,
  type OutlookItemCategories,
  type InboxPage,
  type RetryPolicy,
} from "./graph-types";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export interface GraphMailClientOptions {
  tokens: TokenProvider;
  baseUrl?: string;
  /** A shared support mailbox's address; the signed-in agent's own mailbox when absent. */
  mailbox?: string;
  retry?: Partial<RetryPolicy>;
  /** Seams for tests; the browser's own by default. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

// Only what the Bandeja shows: Graph returns every property (bodies included) unless told otherwise.
const INBOX_FIELDS = "id,internetMessageId,receivedDateTime,from,subject,categories,webLink,conversationId";

// Graph requires the $orderby property to appear first in $filter; the filter itself matches every message.
const OLDEST_FIRST = "receivedDateTime asc";
const ALL_RECEIVED = "receivedDateTime ge 1900-01-01T00:00:00Z";

const MAX_PAGE_SIZE = 1000;

export function createGraphMailClient(options: GraphMailClientOptions): GraphMailClient & OutlookItemCategories {
  const baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, "");
  assertHttps(baseUrl);

  const root = options.mailbox ? `${baseUrl}/users/${encodeURIComponent(options.mailbox)}` : `${baseUrl}/me`;
  const transport: GraphTransport = {
    tokens: options.tokens,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
  };

  return {
    listInboxOldestFirst: async ({ pageSize, nextLink }) =>
      listInbox(transport, nextLink ? checkNextLink(nextLink, baseUrl) : firstPageUrl(root, pageSize)),
    addCategory: async (messageId, label) => addCategory(transport, messageUrl(root, messageId), label),
    addCategoryToOutlookItem: async (itemId, label) =>
      addCategory(transport, messageUrl(root, await immutableIdOf(transport, root, itemId)), label),
  };
}

function messageUrl(root: string, messageId: string): string {
  return `${root}/messages/${encodeURIComponent(messageId)}`;
}

function firstPageUrl(root: string, pageSize: number): string {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }

  const query = [
    `$top=${pageSize}`,
    `$orderby=${encodeURIComponent(OLDEST_FIRST)}`,
    `$filter=${encodeURIComponent(ALL_RECEIVED)}`,
    `$select=${INBOX_FIELDS}`,
  ].join("&");
  return `${root}/mailFolders/inbox/messages?${query}`;
}

/** The next link is used verbatim, but only on Graph's own origin: it carries our token. */
function checkNextLink(nextLink: string, baseUrl: string): string {
  assertHttps(nextLink);
  if (new URL(nextLink).origin !== new URL(baseUrl).origin) {
    throw new GraphError("server", "Graph returned a next page link on another origin");
  }
  return nextLink;
}

async function listInbox(transport: GraphTransport, url: string): Promise<InboxPage> {
  const response = await sendGraphRequest(transport, { method: "GET", url, headers: IMMUTABLE_IDS });
  return parseInboxPage(await response.json());
}
