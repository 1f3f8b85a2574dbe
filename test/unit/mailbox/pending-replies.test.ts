/** @jest-environment jsdom */
import { createPendingReplies, PENDING_REPLY_TTL_MS } from "../../../src/mailbox/pending-replies";

describe("pending replies", () => {
  let now: number;
  const replies = () => createPendingReplies(window.localStorage, () => now);

  beforeEach(() => {
    window.localStorage.clear();
    now = 1_000_000;
  });

  it("gives the ticket number for the conversation once, then nothing", () => {
    replies().record("conv-1", "TMP-000001");

    expect(replies().take("conv-1")).toBe("TMP-000001");
    expect(replies().take("conv-1")).toBeNull();
  });

  it("answers nothing for another conversation, and keeps the record for its own", () => {
    replies().record("conv-1", "TMP-000001");

    expect(replies().take("conv-2")).toBeNull();
    expect(replies().take("conv-1")).toBe("TMP-000001");
  });

  it("forgets a record once it has expired", () => {
    replies().record("conv-1", "TMP-000001");

    now += PENDING_REPLY_TTL_MS + 1;

    expect(replies().take("conv-1")).toBeNull();
    expect(window.localStorage.length).toBe(0);
  });

  it("keeps the newest ticket when the same conversation is recorded twice", () => {
    replies().record("conv-1", "TMP-000001");
    replies().record("conv-1", "TMP-000002");

    expect(replies().take("conv-1")).toBe("TMP-000002");
  });

  it("treats an unreadable store as empty", () => {
    window.localStorage.setItem("tmp.pendingReplies", "{not json");

    expect(replies().take("conv-1")).toBeNull();
  });
});
