import type { Customer, CustomerMatch, EmailFacts, NewTicket, Ticket, Triage } from "../../../../src/core/contracts";
import { BackendError, type BackendErrorKind } from "../../../../src/workflow/backend-error";
import type { TicketBackend } from "../../../../src/workflow/ports";
import { aTicket, aTriage } from "./builders";

type Method = keyof TicketBackend;

/** An in-memory TicketBackend with the server's idempotency rules and scripted failures. */
export class FakeBackend implements TicketBackend {
  customers: Customer[] = [];
  matches: CustomerMatch[] = [];
  triageResult: Triage = aTriage();
  tickets = new Map<string, Ticket>();
  byMessageId = new Map<string, string>();
  byKey = new Map<string, string>();
  conversations = new Map<string, string[]>();
  linked: Array<{ number: string; internetMessageId: string }> = [];
  created: Array<{ ticket: NewTicket; key: string }> = [];
  calls: Method[] = [];
  private failures = new Map<Method, BackendError[]>();
  private counter = 100;

  /** The next call(s) to `method` reject with a BackendError of `kind`. */
  failNext(method: Method, kind: BackendErrorKind, times = 1, extra: Partial<BackendError> = {}): void {
    const errors = Array.from({ length: times }, () => new BackendError({ kind, status: 500, ...extra }));
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...errors]);
  }

  addTicket(ticket: Ticket): Ticket {
    this.tickets.set(ticket.number, ticket);
    return ticket;
  }

  private async enter(method: Method): Promise<void> {
    this.calls.push(method);
    const error = this.failures.get(method)?.shift();
    if (error) throw error;
    await Promise.resolve();
  }

  health = async () => {
    await this.enter("health");
    return { status: "ok" as const, version: "test", storage: "sqlite" as const };
  };

  matchCustomers = async (_query: { email?: string; name?: string }) => {
    await this.enter("matchCustomers");
    return this.matches;
  };

  createCustomer = async (input: { name: string; email: string; phone?: string; company?: string }) => {
    await this.enter("createCustomer");
    const existing = this.customers.find((c) => c.email.toLowerCase() === input.email.toLowerCase());
    if (existing) throw new BackendError({ kind: "conflict", status: 409, extensions: { customer: existing } });
    const customer: Customer = {
      id: `new-${this.customers.length + 1}`,
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      company: input.company ?? null,
      createdAt: "2026-12-01T00:00:00.000Z",
      updatedAt: "2026-12-01T00:00:00.000Z",
    };
    this.customers.push(customer);
    return customer;
  };

  updateCustomer = async (id: string) => {
    await this.enter("updateCustomer");
    const customer = this.customers.find((c) => c.id === id);
    if (!customer) throw new BackendError({ kind: "not-found", status: 404 });
    return customer;
  };

  triage = async (_email: EmailFacts) => {
    await this.enter("triage");
    return this.triageResult;
  };

  createTicket = async (input: NewTicket, key: string) => {
    await this.enter("createTicket");
    const seen = this.byKey.get(key) ?? this.byMessageId.get(input.source?.internetMessageId ?? "");
    if (seen) return { ticket: this.tickets.get(seen)!, created: false };

    this.counter += 1;
    const number = `TMP-000${this.counter}`;
    const ticket = aTicket({ number, subject: input.subject, problem: input.problem, priority: input.priority });
    ticket.customer = { id: input.customerId, name: "Cliente", email: "cliente@example.com" };
    ticket.evaluation = input.evaluation;
    ticket.language = input.language;
    this.tickets.set(number, ticket);
    this.byKey.set(key, number);
    if (input.source) this.byMessageId.set(input.source.internetMessageId, number);
    this.created.push({ ticket: input, key });
    return { ticket, created: true };
  };

  getTicket = async (number: string) => {
    await this.enter("getTicket");
    const ticket = this.tickets.get(number);
    if (!ticket) throw new BackendError({ kind: "not-found", status: 404 });
    return ticket;
  };

  listTickets = async () => {
    await this.enter("listTickets");
    return { items: [...this.tickets.values()], nextCursor: null };
  };

  changeTicket = async (number: string) => this.getTicket(number);

  addNote = async () => {
    await this.enter("addNote");
    return { kind: "note-added" as const, actor: "a", at: "2026-12-01T00:00:00.000Z", detail: {} };
  };

  linkEmail = async (number: string, email: { internetMessageId: string }) => {
    await this.enter("linkEmail");
    this.linked.push({ number, internetMessageId: email.internetMessageId });
    this.byMessageId.set(email.internetMessageId, number);
    return { kind: "email-linked" as const, actor: "a", at: "2026-12-01T00:00:00.000Z", detail: {} };
  };

  findTicketsByMessageIds = async (ids: string[]) => {
    await this.enter("findTicketsByMessageIds");
    return Object.fromEntries(
      ids.filter((id) => this.byMessageId.has(id)).map((id) => [id, this.byMessageId.get(id)!]),
    );
  };

  findTicketsByConversation = async (conversationId: string) => {
    await this.enter("findTicketsByConversation");
    return (this.conversations.get(conversationId) ?? []).map((n) => this.tickets.get(n)!).filter(Boolean);
  };

  renderReply = async (number: string, options: { agentName: string; language?: "es" | "en" }) => {
    await this.enter("renderReply");
    const ticket = this.tickets.get(number);
    if (!ticket) throw new BackendError({ kind: "not-found", status: 404 });
    const subject = `RE: ${ticket.subject} [${number}]`;
    return { subject, html: `<p>${number} ${options.agentName}</p>`, text: number, language: options.language ?? "es" };
  };
}
