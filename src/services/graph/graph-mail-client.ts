import type { TokenProvider } from "../../workflow/ports";
import { GraphError } from "./graph-error";
import { parseInboxPage } from "./parse-inbox-page";
import { assertHttps, sendGraphRequest, type GraphTransport } from "./graph-request";
import {
  DEFAULT_RETRY_POLICY,
  type CategoryResult,
  type GraphMailClient,
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

// Immutable ids survive moves between folders, so an id listed here still opens the message later.
const IMMUTABLE_IDS = { Prefer: 'IdType="ImmutableId"' };

const MAX_PAGE_SIZE = 1000;

export function createGraphMailClient(options: GraphMailClientOptions): GraphMailClient {
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
    addCategory: async (messageId, label) =>
      addCategory(transport, `${root}/messages/${encodeURIComponent(messageId)}`, label),
  };
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

/**
 * Categories are a whole-list property: PATCH replaces it. Read, merge, write, with the message's etag so a
 * concurrent change (another agent, an Outlook rule) makes us read again instead of overwriting it.
 */
async function addCategory(transport: GraphTransport, messageUrl: string, label: string): Promise<CategoryResult> {
  for (let attempt = 0; ; attempt++) {
    const current = await readCategories(transport, messageUrl);
    if (current.categories.some((c) => c.toLowerCase() === label.toLowerCase())) return "already-present";

    try {
      await sendGraphRequest(transport, {
        method: "PATCH",
        url: messageUrl,
        headers: { ...IMMUTABLE_IDS, ...(current.etag ? { "If-Match": current.etag } : {}) },
        body: { categories: [...current.categories, label] },
      });
      return "added";
    } catch (error) {
      const conflict = error instanceof GraphError && error.details.status === 412;
      if (!conflict || attempt >= 2) throw error;
    }
  }
}

async function readCategories(
  transport: GraphTransport,
  messageUrl: string,
): Promise<{ categories: string[]; etag: string | null }> {
  const response = await sendGraphRequest(transport, {
    method: "GET",
    url: `${messageUrl}?$select=categories`,
    headers: IMMUTABLE_IDS,
  });
  const body = (await response.json()) as { categories?: unknown; "@odata.etag"?: unknown };

  const categories = Array.isArray(body.categories) ? body.categories.filter((c) => typeof c === "string") : [];
  const etag = typeof body["@odata.etag"] === "string" ? body["@odata.etag"] : null;
  return { categories, etag };
}
