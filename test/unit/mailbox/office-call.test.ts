import { MailboxError } from "../../../src/mailbox";
import { officeCall } from "../../../src/mailbox/office-call";

describe("officeCall", () => {
  it("resolves with the value of a succeeded result", async () => {
    const value = officeCall<string>("op", (callback) =>
      callback({ status: "succeeded", value: "ok" } as unknown as Office.AsyncResult<string>),
    );

    await expect(value).resolves.toBe("ok");
  });

  it("rejects with the Office error code of a failed result", async () => {
    const failure = officeCall("categories.addAsync", (callback) =>
      callback({
        status: "failed",
        error: { code: 9041, name: "InvalidCategory" },
      } as unknown as Office.AsyncResult<unknown>),
    );

    await expect(failure).rejects.toEqual(new MailboxError("host", "categories.addAsync", 9041, "InvalidCategory"));
  });

  it("rejects instead of throwing when the Office method itself throws", async () => {
    const failure = officeCall("body.getAsync", () => {
      throw new TypeError("item is gone");
    });

    await expect(failure).rejects.toMatchObject({ kind: "host", operation: "body.getAsync" });
  });

  it("rejects with a timeout when Office never calls back", async () => {
    jest.useFakeTimers();
    const failure = officeCall("saveAsync", () => undefined, 1000);

    jest.advanceTimersByTime(1000);

    await expect(failure).rejects.toMatchObject({ kind: "timeout", operation: "saveAsync" });
    jest.useRealTimers();
  });
});
