import type { Customer } from "../../../src/core/contracts";
import {
  announceSkippedEngines,
  authHeaders,
  buildTestBackend,
  ENGINES,
  type TestBackend,
} from "../../support/backend";
import { createTestCustomer, createTestTicket, newTicket } from "../../support/ticket-fixtures";

announceSkippedEngines();

const HOSTILE = [
  "'; DROP TABLE customers; --",
  "<script>alert('x')</script>",
  '" OR 1=1 --',
  "${7*7}{{7*7}}",
  "\u0000\u202e",
];

/** Every string in a JSON value replaced by `text`, so no field escapes the hostile payload. */
function everyString(value: unknown, text: string): unknown {
  if (typeof value === "string") return text;
  if (Array.isArray(value)) return value.map((v) => everyString(v, text));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyString(v, text)]));
  }
  return value;
}

describe.each(ENGINES)("hostile input on %s", (engine) => {
  let backend: TestBackend;
  let customer: Customer;
  let ticketNumber: string;

  const countRows = async () => {
    const count = async (table: "customers" | "tickets" | "ticket_events" | "ticket_emails") =>
      Number(
        (
          await backend.storage.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return [
      await count("customers"),
      await count("tickets"),
      await count("ticket_events"),
      await count("ticket_emails"),
    ];
  };

  beforeAll(async () => {
    backend = await buildTestBackend(engine);
    customer = await createTestCustomer(backend);
    ticketNumber = (await createTestTicket(backend, newTicket(customer.id, "<base@cliente.example>"))).number;
  });
  afterAll(() => backend.close());

  const bodies = (): [string, string, Record<string, unknown>][] => [
    [
      "POST",
      "/api/customers",
      { name: "Cliente Nuevo", email: "nuevo@cliente.example", phone: "600", company: "Empresa" },
    ],
    ["POST", "/api/customers/match", { name: "Cliente", email: "nuevo@cliente.example" }],
    ["PATCH", `/api/customers/${customer.id}`, { name: "Otro Nombre", phone: "700" }],
    ["POST", "/api/tickets", { ...newTicket(customer.id, "<hostil@cliente.example>") }],
    ["PATCH", `/api/tickets/${ticketNumber}`, { status: "En curso" }],
    ["POST", `/api/tickets/${ticketNumber}/notes`, { text: "nota" }],
    ["POST", `/api/tickets/${ticketNumber}/emails`, { internetMessageId: "<otro@cliente.example>" }],
    ["POST", "/api/tickets/lookup", { internetMessageIds: ["<a@b>"] }],
    ["POST", "/api/tickets/by-conversation", { conversationId: "c" }],
    ["POST", `/api/tickets/${ticketNumber}/reply`, { agentName: "Ana" }],
  ];

  const send = (method: string, url: string, payload: string, contentType = "application/json") =>
    backend.app.inject({
      method: method as "POST",
      url,
      payload,
      headers: { ...authHeaders(), "content-type": contentType },
    });

  it.each([
    ["malformed JSON", () => '{"name": "Ana", '],
    ["a JSON array", () => "[1, 2, 3]"],
    ["a bare string", () => '"hola"'],
    ["null", () => "null"],
  ])("answers 400 problem+json to %s on every route and stores nothing", async (_label, payload) => {
    const before = await countRows();

    for (const [method, url] of bodies()) {
      const response = await send(method, url, payload());

      expect([url, response.statusCode]).toEqual([url, 400]);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    expect(await countRows()).toEqual(before);
  });

  it("answers 4xx to wrong types, oversize fields and unknown fields, with hostile text in every string", async () => {
    const before = await countRows();

    for (const hostile of HOSTILE) {
      for (const [method, url, body] of bodies()) {
        const variants = [
          { ...(everyString(body, hostile) as object), unexpected: hostile },
          Object.fromEntries(Object.keys(body).map((key) => [key, 12345])),
          everyString(body, hostile.repeat(Math.ceil(21_000 / hostile.length))),
        ];
        for (const variant of variants) {
          const response = await send(method, url, JSON.stringify(variant));

          expect([url, response.statusCode >= 400 && response.statusCode < 500]).toEqual([url, true]);
          expect(JSON.stringify(response.json())).not.toContain("SQLITE");
        }
      }
    }
    expect(await countRows()).toEqual(before);
  });

  it("stores SQL and script text in a valid request verbatim, as data, leaving the tables intact", async () => {
    const name = HOSTILE[0] + HOSTILE[1];
    const before = await countRows();

    const response = await send("POST", "/api/customers", JSON.stringify({ name, email: "robert@tables.example" }));
    const read = await backend.app.inject({
      url: `/api/customers/${response.json<Customer>().id}`,
      headers: authHeaders(),
    });

    expect(response.statusCode).toBe(201);
    expect(read.json<Customer>().name).toBe(name);
    expect(await countRows()).toEqual([before[0] + 1, before[1], before[2], before[3]]);
  });

  it("answers 413 to a body over 256 KB and 415 to a body that is not JSON", async () => {
    const huge = JSON.stringify({ name: "x".repeat(300 * 1024), email: "a@b.example" });

    const tooLarge = await send("POST", "/api/customers", huge);
    const notJson = await send("POST", "/api/customers", "name=Ana", "application/x-www-form-urlencoded");

    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ type: "https://ticketmasterpro.example/problems/payload-too-large" });
    expect(notJson.statusCode).toBe(415);
  });
});
