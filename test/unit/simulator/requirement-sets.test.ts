import { parseRequirementSets, supportsSet } from "../../../src/simulator/host/requirement-sets";

describe("simulator requirement sets", () => {
  it("reads bare versions as Mailbox sets and keeps the highest", () => {
    const sets = parseRequirementSets("1.3,1.8,NestedAppAuth1.1");

    expect(sets).toEqual({ mailbox: "1.8", nestedappauth: "1.1" });
    expect(supportsSet(sets, "Mailbox", "1.5")).toBe(true);
    expect(supportsSet(sets, "Mailbox", "1.10")).toBe(false);
    expect(supportsSet(sets, "NestedAppAuth", "1.1")).toBe(true);
  });

  it("compares minor versions numerically", () => {
    const sets = parseRequirementSets("1.10");

    expect(supportsSet(sets, "Mailbox", "1.9")).toBe(true);
    expect(supportsSet(sets, "Mailbox", "1.11")).toBe(false);
  });

  it("claims a current Outlook when no sets are given, without nested app auth", () => {
    const sets = parseRequirementSets(null);

    expect(supportsSet(sets, "Mailbox", "1.14")).toBe(true);
    expect(supportsSet(sets, "NestedAppAuth", "1.1")).toBe(false);
  });
});
