import type { Ticket } from "../../../src/core/contracts";
import {
  announceSkippedEngines,
  authHeaders,
  buildTestBackend,
  ENGINES,
  type TestBackend,
} from "../../support/backend";
import { createTestCustomer, newTicket, postTicket } from "../../support/ticket-fixtures";

announceSkippedEngines();

function numbersOf(tickets: Ticket[]): number[] {
  return tickets.map((t) => Number(t.number.slice(4))).sort((a, b) => a - b);
}

describe.each(ENGINES)("concurrent ticket creation on %s", (engine) => {
  let backend: TestBackend;

  beforeEach(async () => {
    backend = await buildTestBackend(engine);
  });
  afterEach(() => backend.close());

  it("turns 50 simultaneous creates of one email into one ticket", async () => {
    const customer = await createTestCustomer(backend);
    const body = newTicket(customer.id, "<una-vez@cliente.example>");

    const responses = await Promise.all(Array.from({ length: 50 }, () => postTicket(backend, body)));

    const numbers = new Set(responses.map((r) => r.json<Ticket>().number));
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(49);
    expect([...numbers]).toEqual(["TMP-000001"]);
  });

  it("numbers 120 simultaneous creates consecutively, and a refused one among them takes no number", async () => {
    const customer = await createTestCustomer(backend);
    const bodies = Array.from({ length: 120 }, (_, i) =>
      i === 60 ? newTicket("no-such-customer", "<sin-cliente@x>") : newTicket(customer.id, `<lote-${i}@x>`),
    );

    const responses = await Promise.all(bodies.map((body) => postTicket(backend, body)));

    const created = responses.filter((r) => r.statusCode === 201).map((r) => r.json<Ticket>());
    expect(responses[60].statusCode).toBe(404);
    expect(created).toHaveLength(119);
    expect(numbersOf(created)).toEqual(Array.from({ length: 119 }, (_, i) => i + 1));
  });

  it("gives 4 concurrent writers with half the emails duplicated no duplicates and no gaps", async () => {
    const customer = await createTestCustomer(backend);
    const emails = Array.from({ length: 40 }, (_, i) => `<correo-${i}@cliente.example>`);
    // Each writer sends its own 10 emails and the next writer's 10: half of the 80 requests are duplicates.
    const writer = (w: number) => [
      ...emails.slice(w * 10, w * 10 + 10),
      ...emails.slice(((w + 1) % 4) * 10, ((w + 1) % 4) * 10 + 10),
    ];

    const results = await Promise.all(
      [0, 1, 2, 3].map(async (w) => {
        const answers: Ticket[] = [];
        for (const id of writer(w))
          answers.push((await postTicket(backend, newTicket(customer.id, id))).json<Ticket>());
        return answers;
      }),
    );
    const list = await backend.app.inject({ url: "/api/tickets?limit=100", headers: authHeaders() });

    const stored = list.json<{ items: Ticket[] }>().items;
    const byEmail = new Map<string, Set<string>>();
    results.flat().forEach((ticket) => {
      const id = ticket.source?.internetMessageId ?? "";
      byEmail.set(id, (byEmail.get(id) ?? new Set()).add(ticket.number));
    });
    expect(stored).toHaveLength(emails.length);
    expect(numbersOf(stored)).toEqual(Array.from({ length: emails.length }, (_, i) => i + 1));
    expect([...byEmail.values()].every((numbers) => numbers.size === 1)).toBe(true);
  });
});
