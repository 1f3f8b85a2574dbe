import type { Customer, Ticket, TicketEvent } from "../../../src/core/contracts";
import {
  announceSkippedEngines,
  authHeaders,
  buildTestBackend,
  ENGINES,
  OTHER_AGENT,
  type TestBackend,
} from "../../support/backend";
import { createTestCustomer, createTestTicket, newTicket, postTicket } from "../../support/ticket-fixtures";

announceSkippedEngines();

// Wednesday 2 December 2026, 10:00 in Madrid: inside business hours.
const NOW = new Date("2026-12-02T09:00:00.000Z");

describe.each(ENGINES)("tickets on %s", (engine) => {
  let backend: TestBackend;
  let customer: Customer;
  let messageSeq = 0;
  const nextMessageId = () => `<msg-${++messageSeq}@cliente.example>`;

  const call = (method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    backend.app.inject({ method, url, ...(payload ? { payload } : {}), headers: authHeaders() });

  beforeAll(async () => {
    backend = await buildTestBackend(engine, { deps: { now: () => NOW } });
    customer = await createTestCustomer(backend);
  });
  afterAll(() => backend.close());

  describe("POST /api/tickets", () => {
    it("creates a Pendiente ticket numbered TMP-000001 with its due time, creator and audit event", async () => {
      const response = await postTicket(backend, newTicket(customer.id, nextMessageId(), { priority: "Urgente" }));

      const ticket = response.json<Ticket>();
      expect(response.statusCode).toBe(201);
      expect(ticket).toMatchObject({
        number: "TMP-000001",
        status: "Pendiente",
        priority: "Urgente",
        createdBy: "agent-ana",
        customer: { id: customer.id, name: customer.name, email: customer.email },
      });
      // Received Tuesday 11:00 Madrid, four business hours: due Tuesday 15:00 Madrid.
      expect(ticket.dueAt).toBe("2026-12-01T14:00:00.000Z");
    });

    it("returns the existing ticket with 200 when the same email is sent twice", async () => {
      const body = newTicket(customer.id, nextMessageId());

      const first = await postTicket(backend, body);
      const second = await postTicket(backend, { ...body, problem: "Otro texto del mismo correo" });

      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(200);
      expect(second.json<Ticket>().number).toBe(first.json<Ticket>().number);
    });

    it("honours an Idempotency-Key: 200 for the same body, 422 for another body", async () => {
      const body = newTicket(customer.id, nextMessageId(), { source: undefined });
      const key = { "idempotency-key": "key-123" };

      const first = await postTicket(backend, body, key);
      const again = await postTicket(backend, body, key);
      const other = await postTicket(backend, { ...body, subject: "Otro asunto" }, key);

      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(200);
      expect(again.json<Ticket>().number).toBe(first.json<Ticket>().number);
      expect(other.statusCode).toBe(422);
      expect(other.json()).toMatchObject({ type: "https://ticketmasterpro.example/problems/idempotency-key-reused" });
    });

    it("answers 404 for an unknown customer and 400 for a missing problem", async () => {
      const unknown = await postTicket(backend, newTicket("no-such-customer", nextMessageId()));
      const invalid = await postTicket(backend, { ...newTicket(customer.id, nextMessageId()), problem: "" });

      expect(unknown.statusCode).toBe(404);
      expect(invalid.statusCode).toBe(400);
    });
  });

  describe("GET and PATCH /api/tickets/:number", () => {
    it("reads a ticket by number; 404 for an unknown or malformed number", async () => {
      const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));

      const found = await call("GET", `/api/tickets/${created.number}`);
      const unknown = await call("GET", "/api/tickets/TMP-999999");
      const malformed = await call("GET", "/api/tickets/42");

      expect(found.json()).toEqual(created);
      expect(unknown.statusCode).toBe(404);
      expect(malformed.statusCode).toBe(400);
    });

    it("moves a ticket through the procedure and records each change with actor and time", async () => {
      const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));
      const url = `/api/tickets/${created.number}`;

      await call("PATCH", url, { status: "En curso", priority: "Alta" });
      await call("PATCH", url, { status: "Resuelto" });
      const reopened = await call("PATCH", url, { status: "En curso" });
      const events = (await call("GET", `${url}/events`)).json<{ events: TicketEvent[] }>().events;

      expect(reopened.json()).toMatchObject({ status: "En curso", priority: "Alta" });
      expect(events.map((e) => [e.kind, e.detail.from, e.detail.to])).toEqual([
        ["created", undefined, undefined],
        ["status-changed", "Pendiente", "En curso"],
        ["priority-changed", "Media", "Alta"],
        ["status-changed", "En curso", "Resuelto"],
        ["status-changed", "Resuelto", "En curso"],
      ]);
      expect(events.every((e) => e.actor === "agent-ana" && e.at === NOW.toISOString())).toBe(true);
    });

    it("records a change of assignment in the audit trail, and nothing when the agent stays the same", async () => {
      const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));
      const url = `/api/tickets/${created.number}`;

      await call("PATCH", url, { assignedTo: "agent-ana" });
      const moved = await call("PATCH", url, { assignedTo: "agent-luis" });
      const events = (await call("GET", `${url}/events`)).json<{ events: TicketEvent[] }>().events;

      expect(moved.json()).toMatchObject({ assignedTo: "agent-luis" });
      expect(events.map((e) => [e.kind, e.detail.from, e.detail.to])).toEqual([
        ["created", undefined, undefined],
        ["assignment-changed", "agent-ana", "agent-luis"],
      ]);
    });

    it("refuses a transition the procedure does not allow with 409 and the allowed ones", async () => {
      const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));
      await call("PATCH", `/api/tickets/${created.number}`, { status: "Cerrado" });

      const response = await call("PATCH", `/api/tickets/${created.number}`, { status: "Resuelto" });

      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        type: "https://ticketmasterpro.example/problems/invalid-transition",
        allowed: ["En curso"],
      });
    });

    it("answers 404 when changing an unknown ticket and 400 for an unknown status", async () => {
      expect((await call("PATCH", "/api/tickets/TMP-999999", { status: "En curso" })).statusCode).toBe(404);
      expect((await call("PATCH", "/api/tickets/TMP-000001", { status: "Abierto" })).statusCode).toBe(400);
    });
  });

  describe("notes and linked emails", () => {
    it("adds a note as an audit event", async () => {
      const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));

      const response = await call("POST", `/api/tickets/${created.number}/notes`, { text: "Llamé al cliente." });

      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        kind: "note-added",
        actor: "agent-ana",
        at: NOW.toISOString(),
        detail: { text: "Llamé al cliente." },
      });
      expect((await call("POST", "/api/tickets/TMP-999999/notes", { text: "x" })).statusCode).toBe(404);
    });

    it("links a customer's reply once, finds the ticket by it, and refuses it for another ticket", async () => {
      const first = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));
      const second = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));
      const reply = { internetMessageId: "<respuesta@cliente.example>", receivedAt: "2026-12-02T08:00:00Z" };

      const linked = await call("POST", `/api/tickets/${first.number}/emails`, reply);
      const again = await call("POST", `/api/tickets/${first.number}/emails`, reply);
      const elsewhere = await call("POST", `/api/tickets/${second.number}/emails`, reply);
      const lookup = await call("POST", "/api/tickets/lookup", {
        internetMessageIds: [reply.internetMessageId, "<nada@x>"],
      });

      expect(linked.statusCode).toBe(201);
      expect(linked.json()).toMatchObject({
        kind: "email-linked",
        detail: { internetMessageId: reply.internetMessageId },
      });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(linked.json());
      expect(elsewhere.statusCode).toBe(409);
      expect(lookup.json()).toEqual({ tickets: { [reply.internetMessageId]: first.number } });
    });
  });

  describe("lookups", () => {
    it("finds tickets by their source emails and by conversation", async () => {
      const messageId = nextMessageId();
      const created = await createTestTicket(
        backend,
        newTicket(customer.id, messageId, { source: { internetMessageId: messageId, conversationId: "conv-lookup" } }),
      );

      const lookup = await call("POST", "/api/tickets/lookup", { internetMessageIds: [messageId] });
      const conversation = await call("POST", "/api/tickets/by-conversation", { conversationId: "conv-lookup" });
      const tooMany = await call("POST", "/api/tickets/lookup", {
        internetMessageIds: Array.from({ length: 201 }, (_, i) => `<${i}@x>`),
      });

      expect(lookup.json()).toEqual({ tickets: { [messageId]: created.number } });
      expect(conversation.json<{ items: Ticket[] }>().items.map((t) => t.number)).toEqual([created.number]);
      expect(tooMany.statusCode).toBe(400);
    });
  });

  it("finds a ticket by the conversation of an email linked to it, not only by its source's", async () => {
    const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));
    const reply = { internetMessageId: "<otro-hilo@cliente.example>", conversationId: "conv-respuesta" };

    const linked = await call("POST", `/api/tickets/${created.number}/emails`, reply);
    const conversation = await call("POST", "/api/tickets/by-conversation", { conversationId: "conv-respuesta" });

    expect(linked.json()).toMatchObject({ detail: { conversationId: "conv-respuesta" } });
    expect(conversation.json<{ items: Ticket[] }>().items.map((t) => t.number)).toEqual([created.number]);
  });

  describe("GET /api/tickets", () => {
    it("lists by due time with filters and a cursor that visits every ticket once", async () => {
      const other = await createTestCustomer(backend, "Tomás Vidal");
      for (const priority of ["Baja", "Urgente", "Alta", "Media", "Urgente"] as const) {
        await createTestTicket(backend, newTicket(other.id, nextMessageId(), { priority }));
      }

      const pages: Ticket[][] = [];
      let cursor: string | null = null;
      do {
        const query: string = `customerId=${other.id}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
        const page: { items: Ticket[]; nextCursor: string | null } = (
          await call("GET", `/api/tickets?${query}`)
        ).json();
        pages.push(page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const all = pages.flat();
      const urgent = (await call("GET", `/api/tickets?customerId=${other.id}&priority=Urgente&priority=Alta`)).json<{
        items: Ticket[];
      }>();

      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(all.map((t) => t.priority)).toEqual(["Urgente", "Urgente", "Alta", "Media", "Baja"]);
      expect(all.map((t) => t.dueAt)).toEqual([...all.map((t) => t.dueAt)].sort());
      expect(urgent.items.map((t) => t.priority)).toEqual(["Urgente", "Urgente", "Alta"]);
    });

    it("lists only open overdue tickets with overdue=true, and refuses a forged cursor", async () => {
      const overdue = (await call("GET", "/api/tickets?overdue=true&limit=100")).json<{ items: Ticket[] }>();
      const forged = await call("GET", "/api/tickets?cursor=bm90LWEtY3Vyc29y");

      expect(overdue.items.length).toBeGreaterThan(0);
      expect(
        overdue.items.every((t) => t.dueAt < NOW.toISOString() && ["Pendiente", "En curso"].includes(t.status)),
      ).toBe(true);
      expect(forged.statusCode).toBe(400);
    });
  });

  describe("POST /api/tickets/:number/reply", () => {
    it("renders the reply with the ticket number and due time, escaped, and records it", async () => {
      const evil = await createTestCustomer(backend, "Eva <script>alert(1)</script>");
      const created = await createTestTicket(backend, newTicket(evil.id, nextMessageId(), { language: "es" }));

      const response = await call("POST", `/api/tickets/${created.number}/reply`, { agentName: "Ana Agente" });
      const events = (await call("GET", `/api/tickets/${created.number}/events`)).json<{ events: TicketEvent[] }>();

      const reply = response.json<{ subject: string; html: string; text: string; language: string }>();
      expect(response.statusCode).toBe(200);
      expect(reply.subject).toContain(`[${created.number}]`);
      expect(reply.html).toContain(created.number);
      expect(reply.html).not.toContain("<script>");
      expect(reply.language).toBe("es");
      expect(events.events.at(-1)).toMatchObject({ kind: "reply-drafted", detail: { language: "es" } });
    });

    it("answers in English when asked, and 404 for an unknown ticket", async () => {
      const created = await createTestTicket(backend, newTicket(customer.id, nextMessageId()));

      const english = await call("POST", `/api/tickets/${created.number}/reply`, { agentName: "Ana", language: "en" });
      const missing = await call("POST", "/api/tickets/TMP-999999/reply", { agentName: "Ana" });

      expect(english.json()).toMatchObject({ language: "en" });
      expect(missing.statusCode).toBe(404);
    });
  });

  describe("follow-up", () => {
    it("splits the agent's open tickets into overdue, due today and later; the team sees everyone's", async () => {
      const mine = await createTestTicket(
        backend,
        newTicket(customer.id, nextMessageId(), { priority: "Baja", source: undefined }),
      );
      await postTicket(backend, newTicket(customer.id, nextMessageId()), {}, OTHER_AGENT);

      const followUp = (await call("GET", "/api/followup?scope=mine")).json<Record<string, Ticket[]>>();
      const team = (await call("GET", "/api/followup?scope=team")).json<Record<string, Ticket[]>>();
      const digest = (await call("GET", "/api/digest")).json<{ agent: { id: string }; overdue: Ticket[] }>();

      const all = (split: Record<string, Ticket[]>) => Object.values(split).flat();
      expect(followUp.later?.map((t) => t.number)).toContain(mine.number);
      expect(all(followUp).every((t) => t.assignedTo === "agent-ana")).toBe(true);
      expect(all(team).some((t) => t.assignedTo === OTHER_AGENT.id)).toBe(true);
      expect(digest.agent.id).toBe("agent-ana");
      expect(digest.overdue.length).toBe(followUp.overdue?.length);
    });
  });

  describe("POST /api/triage", () => {
    it("returns the core's analysis of an email", async () => {
      const response = await call("POST", "/api/triage", {
        internetMessageId: "<t@x>",
        subject: "URGENTE: el sistema no funciona",
        from: { name: "Cliente", email: "cliente@x.example" },
        to: [],
        cc: [],
        receivedAt: "2026-12-02T08:00:00Z",
        bodyText: "Hola, desde esta mañana no podemos facturar, es urgente. Gracias.",
        attachments: [],
        headers: {},
        mailbox: { address: "soporte@x.example", isShared: true },
      });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ language: "es", automatic: null });
      expect(["Alta", "Urgente"]).toContain(response.json<{ priority: string }>().priority);
    });

    it("answers 400 for an email without its required fields", async () => {
      expect((await call("POST", "/api/triage", { subject: "x" })).statusCode).toBe(400);
    });
  });
});
