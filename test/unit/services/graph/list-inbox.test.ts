import { GraphError } from "../../../../src/services/graph/graph-error";
import { inboxFixture, startGraphStandIn, type GraphStandIn } from "../../../support/graph-server";
import { clientFor } from "./graph-test-client";

let standIn: GraphStandIn;

beforeAll(async () => {
  standIn = await startGraphStandIn({ sharedMailbox: "soporte@empresa.example" });
});

afterAll(() => standIn.close());

beforeEach(() => standIn.reset(inboxFixture(5)));

describe("listInboxOldestFirst", () => {
  it("returns the oldest email first with what the Bandeja shows", async () => {
    const { client } = clientFor(standIn);

    const page = await client.listInboxOldestFirst({ pageSize: 2 });

    expect(page.messages.map((m) => m.subject)).toEqual(["Problema 1", "Problema 2"]);
    expect(page.messages[0]).toEqual({
      id: "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A001=",
      internetMessageId: "<msg-1@cliente1.example>",
      receivedAt: "2026-12-01T08:00:00Z",
      from: { name: "Cliente 1", email: "cliente1@cliente1.example" },
      subject: "Problema 1",
      categories: [],
      webLink: expect.stringContaining("https://") as string,
      conversationId: "conv-AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A001=",
    });
  });

  it("sorts by receivedDateTime, first in $filter, with few fields and immutable ids", async () => {
    const { client, tokens } = clientFor(standIn);

    await client.listInboxOldestFirst({ pageSize: 3 });

    const [request] = standIn.requests;
    expect(request?.path).toBe("/v1.0/me/mailFolders/inbox/messages");
    expect(request?.query.get("$orderby")).toBe("receivedDateTime asc");
    expect(request?.query.get("$filter")).toMatch(/^receivedDateTime ge /);
    expect(request?.query.get("$top")).toBe("3");
    expect(request?.query.get("$select")?.split(",")).not.toContain("body");
    expect(request?.headers.prefer).toBe('IdType="ImmutableId"');
    expect(request?.headers.authorization).toBe(`Bearer ${standIn.token}`);
    expect(tokens.audiences).toEqual(["graph"]);
  });

  it("follows @odata.nextLink verbatim until the last page", async () => {
    const { client } = clientFor(standIn);
    const subjects: string[] = [];

    let page = await client.listInboxOldestFirst({ pageSize: 2 });
    subjects.push(...page.messages.map((m) => m.subject));
    while (page.nextLink) {
      page = await client.listInboxOldestFirst({ pageSize: 2, nextLink: page.nextLink });
      subjects.push(...page.messages.map((m) => m.subject));
    }

    expect(subjects).toEqual(["Problema 1", "Problema 2", "Problema 3", "Problema 4", "Problema 5"]);
    expect(standIn.requests).toHaveLength(3);
    expect(standIn.requests.every((r) => r.headers.prefer === 'IdType="ImmutableId"')).toBe(true);
  });

  it("returns no messages and no next link for an empty inbox", async () => {
    standIn.reset([]);
    const { client } = clientFor(standIn);

    const page = await client.listInboxOldestFirst({ pageSize: 25 });

    expect(page).toEqual({ messages: [], nextLink: null });
  });

  it("reads a configured shared mailbox under /users/{address}", async () => {
    const { client } = clientFor(standIn, { mailbox: "soporte@empresa.example" });

    const page = await client.listInboxOldestFirst({ pageSize: 1 });

    expect(page.messages).toHaveLength(1);
    expect(standIn.requests[0]?.path).toBe("/v1.0/users/soporte%40empresa.example/mailFolders/inbox/messages");
  });

  it("rejects a page size Graph would not accept", async () => {
    const { client } = clientFor(standIn);

    await expect(client.listInboxOldestFirst({ pageSize: 0 })).rejects.toThrow(RangeError);
    expect(standIn.requests).toHaveLength(0);
  });
});

describe("listInboxOldestFirst when Graph fails", () => {
  it.each([
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not-found"],
    [500, "server"],
  ])("turns a %i into a GraphError of kind %s", async (status, kind) => {
    standIn.failNext({ status, code: "SomeGraphCode" });
    const { client } = clientFor(standIn);

    const failure = client.listInboxOldestFirst({ pageSize: 2 });

    await expect(failure).rejects.toMatchObject({
      name: "GraphError",
      kind,
      details: { status, code: "SomeGraphCode" },
    });
    expect(standIn.requests).toHaveLength(1);
  });

  it("is unauthorized when the token is not the one Graph expects", async () => {
    const { client } = clientFor(standIn, { tokens: { getAccessToken: () => Promise.resolve("stale-token") } });

    await expect(client.listInboxOldestFirst({ pageSize: 2 })).rejects.toMatchObject({ kind: "unauthorized" });
  });

  it("is forbidden for a shared mailbox the agent has no access to", async () => {
    const { client } = clientFor(standIn, { mailbox: "otro@empresa.example" });

    await expect(client.listInboxOldestFirst({ pageSize: 2 })).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("is unreachable when nothing answers", async () => {
    const gone = await startGraphStandIn();
    await gone.close();
    const { client } = clientFor(gone);

    await expect(client.listInboxOldestFirst({ pageSize: 2 })).rejects.toMatchObject({ kind: "unreachable" });
  });

  it("is a server error when Graph's answer is not a message list", async () => {
    const { client } = clientFor(standIn, {
      fetch: () => Promise.resolve(new Response(JSON.stringify({ unexpected: true }), { status: 200 })),
    });

    await expect(client.listInboxOldestFirst({ pageSize: 2 })).rejects.toBeInstanceOf(GraphError);
  });
});
