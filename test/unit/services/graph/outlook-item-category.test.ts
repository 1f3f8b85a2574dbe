import { inboxFixture, startGraphStandIn, type GraphStandIn } from "../../../support/graph-server";
import { clientFor } from "./graph-test-client";

// Office.js gives EWS ids; Graph's immutable ids differ. The stand-in maps one to the other as Graph does.
const EWS_ID = "AAMkAGI2TG93AAA=";

let standIn: GraphStandIn;
let immutableId: string;

beforeAll(async () => {
  standIn = await startGraphStandIn();
});

afterAll(() => standIn.close());

beforeEach(() => {
  standIn.reset(inboxFixture(1).map((m) => ({ ...m, ewsId: EWS_ID, categories: ["Facturación"] })));
  immutableId = standIn.messages[0].id;
});

describe("addCategoryToOutlookItem", () => {
  it("translates Outlook's item id to the immutable id, then reads, merges and writes the categories", async () => {
    const { client } = clientFor(standIn);

    const result = await client.addCategoryToOutlookItem(EWS_ID, "TMP-000123");

    expect(result).toBe("added");
    expect(standIn.messages[0]?.categories).toEqual(["Facturación", "TMP-000123"]);
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1.0/me/translateExchangeIds",
      `GET /v1.0/me/messages/${encodeURIComponent(immutableId)}`,
      `PATCH /v1.0/me/messages/${encodeURIComponent(immutableId)}`,
    ]);
    expect(standIn.requests[0]?.body).toEqual({
      inputIds: [EWS_ID],
      sourceIdType: "ewsId",
      targetIdType: "restImmutableEntryId",
    });
  });

  it("works in a shared mailbox, under /users/{address}", async () => {
    const shared = await startGraphStandIn({ sharedMailbox: "soporte@contoso.example" });
    shared.reset(standIn.messages.map((m) => ({ ...m })));
    const { client } = clientFor(shared, { mailbox: "soporte@contoso.example" });

    await client.addCategoryToOutlookItem(EWS_ID, "TMP-000123");
    await shared.close();

    expect(shared.requests[0]?.path).toBe(
      `/v1.0/users/${encodeURIComponent("soporte@contoso.example")}/translateExchangeIds`,
    );
    expect(shared.messages[0]?.categories).toContain("TMP-000123");
  });

  it("is not-found when Graph cannot translate the id", async () => {
    const { client } = clientFor(standIn);

    await expect(client.addCategoryToOutlookItem("AAMk-unknown=", "TMP-000123")).rejects.toMatchObject({
      kind: "not-found",
    });
    expect(standIn.requests.map((r) => r.method)).toEqual(["POST"]);
  });

  it("retries the translation when Graph throttles it, as every other call", async () => {
    standIn.failNext({ status: 429, retryAfter: "1" });
    const { client, delays } = clientFor(standIn);

    await client.addCategoryToOutlookItem(EWS_ID, "TMP-000123");

    expect(delays).toEqual([1000]);
    expect(standIn.messages[0]?.categories).toContain("TMP-000123");
  });
});
