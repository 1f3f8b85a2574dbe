import { randomBytes } from "node:crypto";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { preflight, readBody, send, sendError, sendFault, type GraphFault } from "./graph-server-http";
import type { GraphMessageFixture } from "./graph-fixtures";
import { fetchTrusting, testCertificate } from "./test-certificate";

export type { GraphFault } from "./graph-server-http";
export { inboxFixture, type GraphMessageFixture } from "./graph-fixtures";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/**
 * A local HTTPS stand-in for the slice of Microsoft Graph the add-in uses: the inbox oldest first with paging,
 * reading and patching a message's categories. It is strict where Graph is (ordering, $filter, bearer token) and
 * where we promised to be (immutable ids, next links followed verbatim), and can be told to throttle or fail.
 */
export interface GraphStandIn {
  /** e.g. https://127.0.0.1:54321/v1.0 */
  baseUrl: string;
  ca: string;
  token: string;
  readonly messages: GraphMessageFixture[];
  requests: RecordedRequest[];
  /** The next `times` API requests get `fault` instead of an answer. */
  failNext(fault: GraphFault, times?: number): void;
  /** Every API request gets `fault` until called again with null. */
  failAlways(fault: GraphFault | null): void;
  /** Changes a message's categories as another client would, so its etag changes too. */
  editCategories(id: string, categories: string[]): void;
  /** Back to a fresh inbox holding `messages`: no recorded requests, no faults. */
  reset(messages?: GraphMessageFixture[]): void;
  /** A fetch that trusts this stand-in's certificate, for Node-side tests. */
  fetch: typeof fetch;
  close(): Promise<void>;
}

export interface GraphStandInOptions {
  /** The one bearer token accepted, unless `acceptToken` decides. */
  token?: string;
  /** Decides whether a bearer token is good (e.g. signed by the local token issuer for Graph's audience). */
  acceptToken?: (token: string) => Promise<boolean>;
  messages?: GraphMessageFixture[];
  /** The only address served under /users/{address}; others get 403 as Graph does without permission. */
  sharedMailbox?: string;
  port?: number;
}

interface State {
  token: string;
  acceptToken: (token: string) => Promise<boolean>;
  sharedMailbox: string | undefined;
  messages: GraphMessageFixture[];
  versions: Map<string, number>;
  requests: RecordedRequest[];
  faults: GraphFault[];
  persistentFault: GraphFault | null;
  /** Only next links this server issued are accepted: a client that rebuilds them gets 400. */
  pageTokens: Map<string, { offset: number; top: number }>;
  origin: string;
}

export async function startGraphStandIn(options: GraphStandInOptions = {}): Promise<GraphStandIn> {
  const certificate = await testCertificate();
  const token = options.token ?? "graph-test-token";
  const state: State = {
    token,
    acceptToken: options.acceptToken ?? ((candidate) => Promise.resolve(candidate === token)),
    sharedMailbox: options.sharedMailbox,
    messages: (options.messages ?? []).map((m) => ({ ...m })),
    versions: new Map(),
    requests: [],
    faults: [],
    persistentFault: null,
    pageTokens: new Map(),
    origin: "",
  };

  const server = https.createServer({ cert: certificate.cert, key: certificate.key }, (request, response) => {
    readBody(request)
      .then(async (body) => handle(state, request, response, body, await isAuthorised(state, request)))
      .catch(() => send(response, 500, { error: { code: "StandInFailure", message: "stand-in failed" } }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  state.origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: `${state.origin}/v1.0`,
    ca: certificate.ca,
    token: state.token,
    get messages() {
      return state.messages;
    },
    requests: state.requests,
    failNext: (fault, times = 1) => state.faults.push(...Array.from({ length: times }, () => fault)),
    failAlways: (fault) => void (state.persistentFault = fault),
    editCategories: (id, categories) => {
      const message = state.messages.find((m) => m.id === id);
      if (!message) throw new Error(`No message ${id} in the stand-in`);
      message.categories = [...categories];
      state.versions.set(id, (state.versions.get(id) ?? 0) + 1);
    },
    reset: (messages = []) => {
      state.messages = messages.map((m) => ({ ...m }));
      state.requests.length = 0;
      state.faults.length = 0;
      state.persistentFault = null;
      state.versions.clear();
      state.pageTokens.clear();
    },
    fetch: fetchTrusting(certificate.ca),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function isAuthorised(state: State, request: IncomingMessage): Promise<boolean> {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "");
  return match ? state.acceptToken(match[1]).catch(() => false) : Promise.resolve(false);
}

function handle(
  state: State,
  request: IncomingMessage,
  response: ServerResponse,
  body: unknown,
  authorised: boolean,
): void {
  const url = new URL(request.url ?? "/", state.origin);
  if (request.method === "OPTIONS") return preflight(response);

  state.requests.push({
    method: request.method ?? "",
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body,
  });

  const fault = state.faults.shift() ?? state.persistentFault;
  if (fault) return sendFault(response, fault);

  if (!authorised) {
    return sendError(response, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
  }
  if (!/IdType="ImmutableId"/.test(String(request.headers.prefer ?? ""))) {
    return sendError(
      response,
      400,
      "StandInImmutableIdsRequired",
      'The add-in must send Prefer: IdType="ImmutableId".',
    );
  }

  const route =
    /^\/v1\.0\/(me|users\/[^/]+)\/(mailFolders\/inbox\/messages|messages\/([^/]+)|translateExchangeIds)$/.exec(
      url.pathname,
    );
  if (!route) return sendError(response, 400, "BadRequest", "Unsupported request.");

  const mailbox = route[1];
  if (mailbox !== "me" && decodeURIComponent(mailbox.slice("users/".length)) !== state.sharedMailbox) {
    return sendError(response, 403, "ErrorAccessDenied", "Access is denied.");
  }

  if (route[2] === "translateExchangeIds" && request.method === "POST") return translateIds(state, body, response);
  if (route[3] === undefined && request.method === "GET") return listInbox(state, url, mailbox, response);
  const id = decodeURIComponent(route[3] ?? "");
  if (request.method === "GET") return readMessage(state, id, response);
  if (request.method === "PATCH") return patchMessage(state, id, request.headers, body, response);
  return sendError(response, 405, "MethodNotAllowed", "Method not allowed.");
}

function listInbox(state: State, url: URL, mailbox: string, response: ServerResponse): void {
  const query = url.searchParams;
  const skipToken = query.get("$skiptoken");
  const page = skipToken === null ? firstPage(query) : state.pageTokens.get(skipToken);

  if (typeof page === "string")
    return sendError(response, 400, page === "InefficientFilter" ? page : "BadRequest", page);
  if (!page) return sendError(response, 400, "BadRequest", "Unknown $skiptoken: next links must be used verbatim.");

  const sorted = [...state.messages].sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime));
  const slice = sorted.slice(page.offset, page.offset + page.top);
  const body: Record<string, unknown> = { value: slice.map((m) => toGraphMessage(state, m)) };

  if (page.offset + page.top < sorted.length) {
    const token = randomBytes(12).toString("base64url");
    state.pageTokens.set(token, { offset: page.offset + page.top, top: page.top });
    body["@odata.nextLink"] = `${state.origin}/v1.0/${mailbox}/mailFolders/inbox/messages?%24skiptoken=${token}`;
  }
  send(response, 200, body);
}

/** Graph's rules for sorting by receivedDateTime, plus what the add-in promised to ask for. */
function firstPage(query: URLSearchParams): { offset: number; top: number } | string {
  const select = (query.get("$select") ?? "").split(",");
  const needed = ["id", "internetMessageId", "receivedDateTime", "from", "subject", "categories", "webLink"];

  if (query.get("$orderby") !== "receivedDateTime asc") return "Expected $orderby=receivedDateTime asc";
  if (!(query.get("$filter") ?? "").startsWith("receivedDateTime")) return "InefficientFilter";
  if (!needed.every((field) => select.includes(field))) return "Expected a $select of the inbox fields";

  const top = Number(query.get("$top") ?? 10);
  return Number.isInteger(top) && top > 0 ? { offset: 0, top } : "Invalid $top";
}

/** Office.js ids (EWS) to Graph's immutable ids; an id the stand-in does not know gets Graph's per-id error. */
function translateIds(state: State, body: unknown, response: ServerResponse): void {
  const request = (body ?? {}) as { inputIds?: unknown; sourceIdType?: unknown; targetIdType?: unknown };
  if (request.sourceIdType !== "ewsId" || request.targetIdType !== "restImmutableEntryId") {
    return sendError(response, 400, "BadRequest", "The stand-in translates ewsId to restImmutableEntryId only.");
  }
  if (!Array.isArray(request.inputIds)) return sendError(response, 400, "BadRequest", "Expected inputIds.");

  const value = (request.inputIds as unknown[]).map((sourceId) => {
    const message = state.messages.find((m) => (m.ewsId ?? m.id) === sourceId);
    return message
      ? { sourceId, targetId: message.id }
      : { sourceId, errorDetails: { code: "ErrorInvalidIdMalformed", message: "Id is malformed." } };
  });
  send(response, 200, { value });
}

function readMessage(state: State, id: string, response: ServerResponse): void {
  const message = state.messages.find((m) => m.id === id);
  if (!message) return sendError(response, 404, "ErrorItemNotFound", "The specified object was not found.");
  send(response, 200, toGraphMessage(state, message));
}

function patchMessage(
  state: State,
  id: string,
  headers: IncomingHttpHeaders,
  body: unknown,
  response: ServerResponse,
): void {
  const message = state.messages.find((m) => m.id === id);
  if (!message) return sendError(response, 404, "ErrorItemNotFound", "The specified object was not found.");

  const ifMatch = headers["if-match"];
  if (ifMatch !== undefined && ifMatch !== etag(state, message)) {
    return sendError(response, 412, "ErrorIrresolvableConflict", "The change key is out of date.");
  }
  const categories = (body as { categories?: unknown } | null)?.categories;
  if (!Array.isArray(categories)) return sendError(response, 400, "BadRequest", "Expected { categories: [] }.");

  message.categories = categories.map(String);
  state.versions.set(id, (state.versions.get(id) ?? 0) + 1);
  send(response, 200, toGraphMessage(state, message));
}

function toGraphMessage(state: State, message: GraphMessageFixture): Record<string, unknown> {
  return {
    "@odata.etag": etag(state, message),
    id: message.id,
    internetMessageId: message.internetMessageId,
    receivedDateTime: message.receivedDateTime,
    from: { emailAddress: message.from },
    subject: message.subject,
    categories: message.categories ?? [],
    conversationId: message.conversationId ?? `conv-${message.id}`,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}`,
  };
}

function etag(state: State, message: GraphMessageFixture): string {
  return `W/"${message.id}-${state.versions.get(message.id) ?? 0}"`;
}
