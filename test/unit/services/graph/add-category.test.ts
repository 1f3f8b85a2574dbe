import { inboxFixture, startGraphStandIn, type GraphStandIn } from "../../../support/graph-server";
import { clientFor } from "./graph-test-client";

let standIn: GraphStandIn;
let messageId: string;

beforeAll(async () => {
  standIn = await startGraphStandIn();
});

afterAll(() => standIn.close());

beforeEach(() => {
  standIn.reset(inboxFixture(1).map((m) => ({ ...m, categories: ["Facturación"] })));
  messageId = standIn.messages[0].id;
});

describe("addCategory", () => {
  it("adds the ticket number and keeps the categories already there", async () => {
    const { client } = clientFor(standIn);

    const result = await client.addCategory(messageId, "TMP-000123");

    expect(result).toBe("added");
    expect(standIn.messages[0]?.categories).toEqual(["Facturación", "TMP-000123"]);
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(standIn.requests[1]?.headers["if-match"]).toBeDefined();
  });

  it("writes nothing when the message already has the category, whatever its case", async () => {
    standIn.editCategories(messageId, ["tmp-000123"]);
    const { client } = clientFor(standIn);

    const result = await client.addCategory(messageId, "TMP-000123");

    expect(result).toBe("already-present");
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("reads again and merges when someone changed the categories between our read and our write", async () => {
    let interfered = false;
    const { client } = clientFor(standIn, {
      fetch: async (input, init) => {
        if (init?.method === "PATCH" && !interfered) {
          interfered = true;
          standIn.editCategories(messageId, ["Facturación", "Urgente"]);
        }
        return standIn.fetch(input, init);
      },
    });

    const result = await client.addCategory(messageId, "TMP-000123");

    expect(result).toBe("added");
    expect(standIn.messages[0]?.categories).toEqual(["Facturación", "Urgente", "TMP-000123"]);
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET", "PATCH", "GET", "PATCH"]);
  });

  it("is not-found for a message that is gone", async () => {
    const { client } = clientFor(standIn);

    await expect(client.addCategory("AAk-missing=", "TMP-000123")).rejects.toMatchObject({ kind: "not-found" });
  });

  it("sends the message id escaped in the path", async () => {
    const { client } = clientFor(standIn);

    await client.addCategory(messageId, "TMP-000124");

    expect(standIn.requests[0]?.path).toBe(`/v1.0/me/messages/${encodeURIComponent(messageId)}`);
  });
});
