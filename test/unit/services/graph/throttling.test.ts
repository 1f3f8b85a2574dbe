import { parseRetryAfter } from "../../../../src/services/graph/graph-request";
import { inboxFixture, startGraphStandIn, type GraphStandIn } from "../../../support/graph-server";
import { clientFor } from "./graph-test-client";

let standIn: GraphStandIn;

beforeAll(async () => {
  standIn = await startGraphStandIn();
});

afterAll(() => standIn.close());

beforeEach(() => standIn.reset(inboxFixture(3)));

describe("Graph throttling", () => {
  it("retries a 429 after the Retry-After Graph asked for, then returns the page", async () => {
    standIn.failNext({ status: 429, retryAfter: "2", code: "TooManyRequests" }, 2);
    const { client, delays } = clientFor(standIn);

    const page = await client.listInboxOldestFirst({ pageSize: 3 });

    expect(page.messages).toHaveLength(3);
    expect(delays).toEqual([2000, 2000]);
    expect(standIn.requests).toHaveLength(3);
  });

  it("backs off exponentially, capped, when a 503 comes without Retry-After", async () => {
    standIn.failNext({ status: 503 }, 4);
    const { client, delays } = clientFor(standIn, {
      retry: { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 2000 },
    });

    const page = await client.listInboxOldestFirst({ pageSize: 3 });

    expect(page.messages).toHaveLength(3);
    expect(delays).toEqual([500, 1000, 2000, 2000]);
  });

  it("reports persistent throttling as a throttled GraphError with the wait Graph asked for", async () => {
    standIn.failAlways({ status: 429, retryAfter: "7" });
    const { client, delays } = clientFor(standIn, { retry: { maxRetries: 2 } });

    const failure = client.listInboxOldestFirst({ pageSize: 3 });

    await expect(failure).rejects.toMatchObject({ kind: "throttled", details: { status: 429, retryAfterSeconds: 7 } });
    expect(delays).toEqual([7000, 7000]);
    expect(standIn.requests).toHaveLength(3);
  });

  it("does not hang the pane on a Retry-After longer than it is willing to wait", async () => {
    standIn.failNext({ status: 429, retryAfter: "300" });
    const { client, delays } = clientFor(standIn);

    await expect(client.listInboxOldestFirst({ pageSize: 3 })).rejects.toMatchObject({ kind: "throttled" });
    expect(delays).toEqual([]);
    expect(standIn.requests).toHaveLength(1);
  });

  it("asks the token provider again for each attempt", async () => {
    standIn.failNext({ status: 429, retryAfter: "1" });
    const { client, tokens } = clientFor(standIn);

    await client.listInboxOldestFirst({ pageSize: 3 });

    expect(tokens.audiences).toEqual(["graph", "graph"]);
  });

  it("does not retry errors that are not throttling", async () => {
    standIn.failNext({ status: 500 }, 1);
    const { client, delays } = clientFor(standIn);

    await expect(client.listInboxOldestFirst({ pageSize: 3 })).rejects.toMatchObject({ kind: "server" });
    expect(delays).toEqual([]);
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["3", 3000],
    ["0", 0],
    ["Thu, 03 Dec 2026 12:00:05 GMT", 5000],
    ["soon", undefined],
    [null, undefined],
  ])("reads %p as %p ms", (value, expected) => {
    const now = Date.parse("2026-12-03T12:00:00Z");

    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
