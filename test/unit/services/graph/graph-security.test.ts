import { createGraphMailClient } from "../../../../src/services/graph/graph-mail-client";
import { inboxFixture, startGraphStandIn, type GraphStandIn } from "../../../support/graph-server";
import { clientFor, recordingTokens } from "./graph-test-client";

let standIn: GraphStandIn;

beforeAll(async () => {
  standIn = await startGraphStandIn();
});

afterAll(() => standIn.close());

beforeEach(() => standIn.reset(inboxFixture(3)));

describe("the Graph token only travels over https to Graph", () => {
  it("refuses an http base URL before asking for a token", () => {
    const tokens = recordingTokens("secret");

    const create = () => createGraphMailClient({ tokens, baseUrl: "http://127.0.0.1:8080/v1.0" });

    expect(create).toThrow(expect.objectContaining({ name: "GraphError", kind: "unreachable" }) as Error);
    expect(tokens.audiences).toEqual([]);
  });

  it("refuses an http next link without sending anything", async () => {
    const sent = jest.fn(standIn.fetch);
    const { client, tokens } = clientFor(standIn, { fetch: sent });

    const failure = client.listInboxOldestFirst({ pageSize: 2, nextLink: "http://graph.microsoft.com/v1.0/me/x" });

    await expect(failure).rejects.toMatchObject({ kind: "unreachable" });
    expect(sent).not.toHaveBeenCalled();
    expect(tokens.audiences).toEqual([]);
  });

  it("refuses a next link on another origin than the configured Graph", async () => {
    const sent = jest.fn(standIn.fetch);
    const { client } = clientFor(standIn, { fetch: sent });

    const failure = client.listInboxOldestFirst({ pageSize: 2, nextLink: "https://attacker.example/v1.0/me/x" });

    await expect(failure).rejects.toMatchObject({ kind: "server" });
    expect(sent).not.toHaveBeenCalled();
  });

  it("rejects a next link the server did not issue (the stand-in checks links are used verbatim)", async () => {
    const { client } = clientFor(standIn);
    const first = await client.listInboxOldestFirst({ pageSize: 2 });
    const rebuilt = first.nextLink!.replace(/skiptoken=[^&]+/, "skiptoken=forged");

    await expect(client.listInboxOldestFirst({ pageSize: 2, nextLink: rebuilt })).rejects.toMatchObject({
      kind: "server",
      details: { status: 400 },
    });
  });
});
