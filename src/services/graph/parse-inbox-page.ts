import { GraphError } from "./graph-error";
import type { InboxMessage, InboxPage } from "./graph-types";

type Json = Record<string, unknown>;

/** Turns Graph's message collection into plain InboxMessages; anything malformed is a server error. */
export function parseInboxPage(body: unknown): InboxPage {
  if (!isObject(body) || !Array.isArray(body.value)) {
    throw new GraphError("server", "Graph returned an unexpected message list");
  }

  const nextLink = body["@odata.nextLink"];
  return {
    messages: body.value.filter(isObject).map(toInboxMessage),
    nextLink: typeof nextLink === "string" && nextLink !== "" ? nextLink : null,
  };
}

function toInboxMessage(raw: Json): InboxMessage {
  return {
    id: text(raw.id),
    internetMessageId: text(raw.internetMessageId),
    receivedAt: text(raw.receivedDateTime),
    from: toPerson(raw.from),
    subject: text(raw.subject),
    categories: Array.isArray(raw.categories) ? raw.categories.filter((c) => typeof c === "string") : [],
    webLink: typeof raw.webLink === "string" ? raw.webLink : null,
    conversationId: typeof raw.conversationId === "string" ? raw.conversationId : null,
  };
}

function toPerson(from: unknown): InboxMessage["from"] {
  if (!isObject(from) || !isObject(from.emailAddress)) return null;
  return { name: text(from.emailAddress.name), email: text(from.emailAddress.address) };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
