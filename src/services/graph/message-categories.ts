import { GraphError } from "./graph-error";
import { IMMUTABLE_IDS, sendGraphRequest, type GraphTransport } from "./graph-request";
import type { CategoryResult } from "./graph-types";

/**
 * Categories are a whole-list property: PATCH replaces it. Read, merge, write, with the message's etag so a
 * concurrent change (another agent, an Outlook rule) makes us read again instead of overwriting it. Graph, unlike
 * Office.js, accepts a category that is not in the mailbox's master list.
 */
export async function addCategory(
  transport: GraphTransport,
  messageUrl: string,
  label: string,
): Promise<CategoryResult> {
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

/**
 * Office.js hands out EWS ids; Graph translates them to its immutable ids (translateExchangeIds), which keep
 * pointing at the message if it is moved meanwhile.
 */
export async function immutableIdOf(transport: GraphTransport, root: string, ewsItemId: string): Promise<string> {
  const response = await sendGraphRequest(transport, {
    method: "POST",
    url: `${root}/translateExchangeIds`,
    headers: IMMUTABLE_IDS,
    body: { inputIds: [ewsItemId], sourceIdType: "ewsId", targetIdType: "restImmutableEntryId" },
  });
  const body = (await response.json()) as { value?: { targetId?: unknown }[] };

  const targetId = body.value?.[0]?.targetId;
  if (typeof targetId !== "string" || targetId === "") {
    throw new GraphError("not-found", "Graph could not translate the Outlook item id");
  }
  return targetId;
}
