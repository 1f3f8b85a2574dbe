import type { Customer, CustomerMatchResponse, Reply, Ticket, TicketEvent } from "../../core/contracts";
import type { BackendHealth, TicketBackend, TicketPage, TicketQuery, TokenProvider } from "../../workflow/ports";
import { followUpLister } from "./follow-up";
import { BackendError } from "../../workflow/backend-error";
import { sendHttp, type HttpAnswer, type HttpCall as Call } from "./http-request";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "./retry";
import { reportRefusal, tenantRefusalOf } from "./tenant-refusal";

export interface BackendClientOptions {
  /** The API's root, `/api` on the pane's own origin or an absolute `https://host/api`. */
  baseUrl: string;
  tokens: TokenProvider;
  retry?: RetryPolicy;
  /** Per request, the answer's body included; a request that takes longer is "unreachable". */
  timeoutMs?: number;
}

/** Providers that cache tokens can drop one the server refused (`services/auth`'s SignInTokenProvider). */
interface Invalidating {
  invalidate(audience: "api" | "graph"): void;
}

/** The pane's client of the TicketMasterPro API: bearer token on every call, problem+json as BackendError. */
export function createBackendClient(options: BackendClientOptions): TicketBackend {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const request = <T>(call: Call): Promise<HttpAnswer<T>> => sendHttp<T>(options.baseUrl, call, timeoutMs);
  const policy = options.retry ?? DEFAULT_RETRY;

  const authorised = async <T>(call: Call): Promise<HttpAnswer<T>> => {
    // A token failure is a sign-in matter, not a backend one, so it leaves here with its own type.
    const token = await options.tokens.getAccessToken("api");
    return request<T>({ ...call, headers: { ...call.headers, Authorization: `Bearer ${token}` } });
  };
  const send = async <T>(call: Call): Promise<HttpAnswer<T>> => {
    try {
      return await authorised<T>(call);
    } catch (error) {
      const refusal = tenantRefusalOf(error);
      if (refusal) {
        // A new token from the same tenant would be refused again: the agent hears of it at once.
        reportRefusal(options.tokens, refusal);
        throw refusal;
      }

      // A token the server refuses (expired, revoked) is dropped and replaced once before the agent hears of it.
      const invalidate = (options.tokens as Partial<Invalidating>).invalidate;
      if (!(error instanceof BackendError) || error.kind !== "unauthorized" || !invalidate) throw error;
      invalidate.call(options.tokens, "api");
      return authorised<T>(call);
    }
  };
  const read = async <T>(call: Call): Promise<T> => withRetry(policy, async () => (await send<T>(call)).data);
  const write = async <T>(call: Call): Promise<T> => (await send<T>(call)).data;

  return {
    health: () => withRetry(policy, async () => (await request<BackendHealth>({ url: "/health" })).data),

    matchCustomers: async (query) =>
      (await read<CustomerMatchResponse>({ method: "POST", url: "/customers/match", data: query })).matches,
    createCustomer: (customer) => write<Customer>({ method: "POST", url: "/customers", data: customer }),
    updateCustomer: (id, change) => write<Customer>({ method: "PATCH", url: `/customers/${enc(id)}`, data: change }),

    triage: (email) => read({ method: "POST", url: "/triage", data: email }),

    createTicket: async (ticket, idempotencyKey) => {
      const headers = { "Idempotency-Key": idempotencyKey };
      const answer = await send<Ticket>({ method: "POST", url: "/tickets", data: ticket, headers });
      return { ticket: answer.data, created: answer.status === 201 };
    },
    getTicket: (number) => read<Ticket>({ url: `/tickets/${enc(number)}` }),
    listTickets: (query) => read<TicketPage>({ url: "/tickets", params: ticketQueryParams(query) }),
    changeTicket: (number, change) => write<Ticket>({ method: "PATCH", url: `/tickets/${enc(number)}`, data: change }),
    addNote: (number, text) =>
      write<TicketEvent>({ method: "POST", url: `/tickets/${enc(number)}/notes`, data: { text } }),
    linkEmail: (number, email) =>
      write<TicketEvent>({ method: "POST", url: `/tickets/${enc(number)}/emails`, data: email }),

    findTicketsByMessageIds: async (ids) =>
      ids.length === 0 ? {} : (await read<{ tickets: Record<string, string> }>(lookupCall(ids))).tickets,
    findTicketsByConversation: async (conversationId) =>
      (await read<{ items: Ticket[] }>({ method: "POST", url: "/tickets/by-conversation", data: { conversationId } }))
        .items,
    listFollowUp: followUpLister(read),
    renderReply: (number, replyOptions) =>
      write<Reply>({ method: "POST", url: `/tickets/${enc(number)}/reply`, data: replyOptions }),
  };
}

function lookupCall(ids: string[]): Call {
  return { method: "POST", url: "/tickets/lookup", data: { internetMessageIds: ids } };
}

/** Status and priority may repeat (`?status=Pendiente&status=En%20curso`), each one its own parameter. */
export function ticketQueryParams(query: TicketQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of query.status ?? []) params.append("status", status);
  for (const priority of query.priority ?? []) params.append("priority", priority);
  if (query.customerId) params.set("customerId", query.customerId);
  if (query.assignedTo) params.set("assignedTo", query.assignedTo);
  if (query.overdue) params.set("overdue", "true");
  if (query.cursor) params.set("cursor", query.cursor);
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  return params;
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
