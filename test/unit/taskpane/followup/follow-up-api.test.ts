import { followUpLister, type ReadCall } from "../../../../src/services/api/follow-up";
import { ticketFixture } from "../inbox/pane-fixtures";

function readReturning(body: unknown) {
  const calls: unknown[] = [];
  const read = ((call: unknown) => {
    calls.push(call);
    return Promise.resolve(body);
  }) as ReadCall;
  return { read, calls };
}

describe("GET /api/followup through the API client", () => {
  it("asks for the scope and returns the three lists", async () => {
    const lists = { overdue: [ticketFixture({ number: "TMP-000001" })], dueToday: [], later: [] };
    const { read, calls } = readReturning(lists);

    const result = await followUpLister(read)("team");

    expect(calls).toEqual([{ url: "/followup", params: { scope: "team" } }]);
    expect(result).toEqual(lists);
  });

  it("rejects an answer that is not the follow-up lists as a server error", async () => {
    const { read } = readReturning({ items: [] });

    const failure = followUpLister(read)("mine");

    await expect(failure).rejects.toMatchObject({ name: "BackendError", kind: "server" });
  });
});
