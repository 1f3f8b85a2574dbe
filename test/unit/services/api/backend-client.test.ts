import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createBackendClient } from "../../../../src/services/api";
import { BackendError } from "../../../../src/workflow/backend-error";
import type { TicketBackend } from "../../../../src/workflow/ports";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

type Handler = (seen: Seen, res: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
let seen: Seen[];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const entry: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: raw ? JSON.parse(raw) : null,
      };
      seen.push(entry);
      handler(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  res.writeHead(status, { "content-type": type, ...headers }).end(JSON.stringify(body));
}

function problem(status: number, extra: Record<string, unknown> = {}) {
  return { type: "https://ticketmasterpro.example/problems/x", title: "t", status, correlationId: "corr-9", ...extra };
}

function client(tokens = { getAccessToken: () => Promise.resolve("tok-1") }): TicketBackend {
  return createBackendClient({ baseUrl, tokens, retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 2000 } });
}

const ticket = { number: "TMP-000001" };

describe("createBackendClient", () => {
  it("sends the bearer token and reads the JSON answer", async () => {
    handler = (_, res) => json(res, 200, { matches: [] });

    const matches = await client().matchCustomers({ email: "a@b.example" });

    expect(matches).toEqual([]);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/api/customers/match", body: { email: "a@b.example" } });
    expect(seen[0]?.headers.authorization).toBe("Bearer tok-1");
  });

  it("asks for health without a token", async () => {
    handler = (_, res) => json(res, 200, { status: "ok", version: "1", storage: "sqlite" });

    await client().health();

    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  it("sends the caller's Idempotency-Key and tells a new ticket (201) from a known one (200)", async () => {
    let count = 0;
    handler = (_, res) => json(res, count++ === 0 ? 201 : 200, ticket);
    const backend = client();
    const input = {
      customerId: "c",
      subject: "s",
      problem: "p",
      priority: "Media",
      evaluation: "immediate",
      language: "es",
    } as const;

    const first = await backend.createTicket(input, "key-1");
    const again = await backend.createTicket(input, "key-1");

    expect([first.created, again.created]).toEqual([true, false]);
    expect(seen.map((s) => s.headers["idempotency-key"])).toEqual(["key-1", "key-1"]);
  });

  it.each([
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not-found"],
    [409, "conflict"],
    [400, "validation"],
    [422, "validation"],
    [500, "server"],
    [503, "unreachable"],
  ])("maps a %i problem to the %s kind with its correlation id", async (status, kind) => {
    handler = (_, res) => json(res, status, problem(status));

    const error = await client()
      .renderReply("TMP-000001", { agentName: "Ana" })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ kind, status, correlationId: "corr-9" });
  });

  it("keeps problem extensions such as the existing customer of a conflict", async () => {
    handler = (_, res) => json(res, 409, problem(409, { customer: { id: "c-7" } }));

    const error = await client()
      .createCustomer({ name: "n", email: "n@x.example" })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "conflict", extensions: { customer: { id: "c-7" } } });
  });

  it("reports rate limiting with the server's Retry-After", async () => {
    handler = (_, res) => json(res, 429, problem(429), { "retry-after": "30" });

    const error = await client()
      .addNote("TMP-000001", "x")
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "rate-limited", retryAfter: 30 });
  });

  it("retries an idempotent read after a transient failure", async () => {
    let count = 0;
    handler = (_, res) => (count++ < 2 ? json(res, 503, problem(503)) : json(res, 200, ticket));

    const found = await client().getTicket("TMP-000001");

    expect(found).toEqual(ticket);
    expect(seen).toHaveLength(3);
  });

  it("does not retry a read the server rejected", async () => {
    handler = (_, res) => json(res, 404, problem(404));

    await expect(client().getTicket("TMP-000404")).rejects.toMatchObject({ kind: "not-found" });
    expect(seen).toHaveLength(1);
  });

  it("does not repeat a ticket creation by itself", async () => {
    handler = (_, res) => json(res, 503, problem(503));
    const input = {
      customerId: "c",
      subject: "s",
      problem: "p",
      priority: "Media",
      evaluation: "immediate",
      language: "es",
    } as const;

    await expect(client().createTicket(input, "k")).rejects.toMatchObject({ kind: "unreachable" });
    expect(seen).toHaveLength(1);
  });

  it("calls a closed port unreachable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const backend = createBackendClient({
      baseUrl: `http://127.0.0.1:${port}/api`,
      tokens: { getAccessToken: () => Promise.resolve("t") },
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });

    await expect(backend.health()).rejects.toMatchObject({ kind: "unreachable", status: null });
  });

  it("gives up on a request the server does not answer within the timeout, as unreachable", async () => {
    handler = () => undefined;
    const backend = createBackendClient({
      baseUrl,
      tokens: { getAccessToken: () => Promise.resolve("t") },
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      timeoutMs: 100,
    });

    await expect(backend.getTicket("TMP-000001")).rejects.toMatchObject({ kind: "unreachable", status: null });
    expect(seen).toHaveLength(1);
  });

  it("reads the correlation id from the header when the answer is not problem+json", async () => {
    handler = (_, res) =>
      res.writeHead(502, { "content-type": "text/html", "x-correlation-id": "corr-h" }).end("<h1>Bad gateway</h1>");

    const error = await client()
      .addNote("TMP-000001", "x")
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "unreachable", status: 502, title: "HTTP 502", correlationId: "corr-h" });
  });

  it("calls a 2xx answer labelled JSON that is not JSON a server failure", async () => {
    handler = (_, res) => res.writeHead(200, { "content-type": "application/json" }).end("<html>portal</html>");

    await expect(client().addNote("TMP-000001", "x")).rejects.toMatchObject({ kind: "server", status: 200 });
  });

  it("waits a Retry-After given as an HTTP date", async () => {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    handler = (_, res) => json(res, 429, problem(429), { "retry-after": inTwoSeconds });

    const error = await client()
      .addNote("TMP-000001", "x")
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "rate-limited" });
    expect((error as BackendError).retryAfter).toBeGreaterThanOrEqual(1);
    expect((error as BackendError).retryAfter).toBeLessThanOrEqual(2);
  });

  it("lets a token failure through with its own type, without calling the server", async () => {
    const signInError = Object.assign(new Error("no token"), { name: "SignInError" });

    const error = await client({ getAccessToken: () => Promise.reject(signInError) })
      .getTicket("TMP-000001")
      .catch((e: unknown) => e);

    expect(error).toBe(signInError);
    expect(seen).toHaveLength(0);
  });

  it("drops a refused token and tries once more with a fresh one", async () => {
    handler = (s, res) =>
      s.headers.authorization === "Bearer fresh" ? json(res, 200, ticket) : json(res, 401, problem(401));
    let token = "stale";
    const tokens = {
      getAccessToken: () => Promise.resolve(token),
      invalidate: () => (token = "fresh"),
    };

    const found = await client(tokens).getTicket("TMP-000001");

    expect(found).toEqual(ticket);
    expect(seen.map((s) => s.headers.authorization)).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("repeats status filters as separate parameters", async () => {
    handler = (_, res) => json(res, 200, { items: [], nextCursor: null });

    await client().listTickets({ status: ["Pendiente", "En curso"], overdue: true, limit: 20 });

    expect(seen[0]?.url).toBe("/api/tickets?status=Pendiente&status=En+curso&overdue=true&limit=20");
  });

  it("asks for nothing when there are no message ids to look up", async () => {
    expect(await client().findTicketsByMessageIds([])).toEqual({});
    expect(seen).toHaveLength(0);
  });

  it("encodes path segments", async () => {
    handler = (_, res) => json(res, 200, { id: "a/b" });

    await client().updateCustomer("a/b", { name: "x" });

    expect(seen[0]?.url).toBe("/api/customers/a%2Fb");
  });
});
