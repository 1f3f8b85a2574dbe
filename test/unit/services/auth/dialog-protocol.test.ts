import { parseDialogOutcome } from "../../../../src/services/auth/dialog/dialog-protocol";

describe("parseDialogOutcome", () => {
  it("reads both tokens", () => {
    const text = JSON.stringify({
      type: "tokens",
      api: { token: "a", expiresOn: 1 },
      graph: { token: "g", expiresOn: 2 },
    });

    expect(parseDialogOutcome(text)).toEqual({
      type: "tokens",
      api: { token: "a", expiresOn: 1 },
      graph: { token: "g", expiresOn: 2 },
    });
  });

  it("reads a failure of a known kind", () => {
    const text = JSON.stringify({ type: "error", kind: "tenant-refused", code: 7 });

    expect(parseDialogOutcome(text)).toEqual({ type: "error", kind: "tenant-refused", code: null });
  });

  it.each([
    "not json",
    "null",
    JSON.stringify({ type: "tokens", api: { token: "a", expiresOn: 1 } }),
    JSON.stringify({ type: "tokens", api: { token: "", expiresOn: 1 }, graph: { token: "g", expiresOn: 2 } }),
    JSON.stringify({ type: "tokens", api: { token: "a", expiresOn: "soon" }, graph: { token: "g", expiresOn: 2 } }),
    JSON.stringify({ type: "error", kind: "hacked" }),
    JSON.stringify({ type: "other" }),
  ])("rejects %s", (text) => {
    expect(parseDialogOutcome(text)).toBeNull();
  });
});
