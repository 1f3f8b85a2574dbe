import { DRAFT_BUDGET, createRoamingDrafts } from "../../../src/mailbox/roaming-drafts";
import { fakeOutlook } from "./fake-outlook";

describe("roaming-settings drafts", () => {
  it("saves, loads and removes a draft per email", async () => {
    const { mailbox } = fakeOutlook();

    await mailbox.drafts.save("<a@example.com>", { notes: "llamar al cliente" });
    const saved = await mailbox.drafts.load("<a@example.com>");
    await mailbox.drafts.remove("<a@example.com>");

    expect(saved).toEqual({ notes: "llamar al cliente" });
    await expect(mailbox.drafts.load("<a@example.com>")).resolves.toBeNull();
  });

  it("lets the oldest drafts go so that the total stays under Outlook's 32 KB", async () => {
    const { office, host } = fakeOutlook();
    let clock = 0;
    const drafts = createRoamingDrafts(office, () => ++clock);
    const draft = { description: "x".repeat(9 * 1024) };

    for (const key of ["one", "two", "three", "four"]) await drafts.save(key, draft);

    await expect(drafts.load("one")).resolves.toBeNull();
    await expect(drafts.load("four")).resolves.toEqual(draft);
    expect(JSON.stringify(host.roaming.values).length).toBeLessThan(32 * 1024);
  });

  it("refuses a single draft larger than the budget", async () => {
    const { mailbox } = fakeOutlook();

    const saving = mailbox.drafts.save("big", { description: "x".repeat(DRAFT_BUDGET) });

    await expect(saving).rejects.toMatchObject({ kind: "too-large" });
  });

  it("rejects with a typed error when Outlook cannot save the settings", async () => {
    const { mailbox } = fakeOutlook("fail=roamingSettings.saveAsync");

    await expect(mailbox.drafts.save("k", { a: 1 })).rejects.toMatchObject({
      kind: "host",
      operation: "roamingSettings.saveAsync",
    });
  });
});
