import { analyseEmail } from "../../../src/workflow/analyse-email";
import { describeProblem, draftKey, loadDraft, saveDraft, suggestDraft } from "../../../src/workflow/ticket-draft";
import { anEmail } from "./support/builders";
import { FakeBackend } from "./support/fake-backend";
import { MemoryDrafts } from "./support/fake-mailbox";

describe("ticket drafts", () => {
  it("describes the problem as the subject, a blank line and the cleaned text", () => {
    expect(describeProblem("  Factura  ", "No la veo.\n")).toBe("Factura\n\nNo la veo.");
  });

  it("never leaves the description empty", () => {
    expect(describeProblem("", "  ")).toBe("(sin asunto)");
  });

  it("gives different emails different, short keys and the same email the same key", () => {
    const long = `<${"x".repeat(900)}@example.com>`;

    expect(draftKey("<a@x>")).toBe(draftKey("<a@x>"));
    expect(draftKey("<a@x>")).not.toBe(draftKey("<b@x>"));
    expect(draftKey(long).length).toBeLessThan(40);
  });

  it("restores a saved draft exactly", async () => {
    const store = new MemoryDrafts();
    const analysis = await analyseEmail(new FakeBackend(), anEmail());
    const draft = { ...suggestDraft(analysis, "k-1"), notes: "Llamar", step: "evaluation" as const };

    await saveDraft(store, "<m1@cliente.example>", draft);

    expect(await loadDraft(store, "<m1@cliente.example>")).toEqual(draft);
  });

  it("ignores stored values that are not a draft of this version", async () => {
    const store = new MemoryDrafts();
    await store.save(draftKey("<m1>"), { version: 2, idempotencyKey: "k" });

    expect(await loadDraft(store, "<m1>")).toBeNull();
  });

  it("treats an unreadable store as no draft", async () => {
    const store = new MemoryDrafts();
    store.load = () => Promise.reject(new Error("roaming settings"));

    expect(await loadDraft(store, "<m1>")).toBeNull();
  });
});
