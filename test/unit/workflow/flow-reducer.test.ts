import { analyseEmail } from "../../../src/workflow/analyse-email";
import type { EmailAnalysis } from "../../../src/workflow/analysis";
import { flowReducer } from "../../../src/workflow/flow-reducer";
import { INITIAL_FLOW, type FlowEvent, type FlowModel } from "../../../src/workflow/flow-state";
import { suggestDraft } from "../../../src/workflow/ticket-draft";
import { aCustomer, anEmail, aMatch, aTicket, aTriage } from "./support/builders";
import { FakeBackend } from "./support/fake-backend";

async function analysed(setup: (backend: FakeBackend) => void = () => undefined): Promise<EmailAnalysis> {
  const backend = new FakeBackend();
  setup(backend);
  return analyseEmail(backend, anEmail());
}

function run(model: FlowModel, ...events: FlowEvent[]): FlowModel {
  return events.reduce(flowReducer, model);
}

function afterAnalysis(analysis: EmailAnalysis): FlowModel {
  return run(
    INITIAL_FLOW,
    { type: "item-read", email: analysis.email },
    { type: "analysed", analysis, draft: suggestDraft(analysis, "key-1") },
  );
}

describe("flowReducer", () => {
  it("shows no-item when nothing is selected", () => {
    const model = run(INITIAL_FLOW, { type: "item-read", email: null });

    expect(model.state.kind).toBe("no-item");
  });

  it("goes from analysing to editing the customer step for an ordinary email", async () => {
    const analysis = await analysed();

    const model = afterAnalysis(analysis);

    expect(model.state).toMatchObject({ kind: "editing", draft: { step: "customer", idempotencyKey: "key-1" } });
  });

  it("shows the existing ticket rather than anything else when the email was already ticketed", async () => {
    const analysis = await analysed((b) => {
      b.addTicket(aTicket({ number: "TMP-000005" }));
      b.byMessageId.set("<m1@cliente.example>", "TMP-000005");
      b.triageResult = aTriage({ automatic: { kind: "auto-reply", evidence: "Auto-Submitted" } });
    });

    const model = afterAnalysis(analysis);

    expect(model.state).toMatchObject({ kind: "already-ticketed", ticket: { number: "TMP-000005" } });
  });

  it("flags automatic mail and lets the agent insist", async () => {
    const analysis = await analysed((b) => {
      b.triageResult = aTriage({ automatic: { kind: "bounce", evidence: "mailer-daemon" } });
    });

    const flagged = afterAnalysis(analysis);
    const insisted = run(flagged, { type: "insisted" });

    expect(flagged.state.kind).toBe("automatic");
    expect(insisted.state).toMatchObject({ kind: "editing", draft: { insisted: true } });
  });

  it("offers an existing ticket, links to it, and ends in linked", async () => {
    const analysis = await analysed((b) => {
      b.addTicket(aTicket({ number: "TMP-000010" }));
      b.triageResult = aTriage({ ticketReferences: ["TMP-000010"] });
    });
    const ticket = analysis.references[0];

    const offered = afterAnalysis(analysis);
    const linking = run(offered, { type: "link-started", number: ticket.number });
    const linked = run(linking, { type: "email-linked", ticket, category: "added" });

    expect(offered.state.kind).toBe("existing-ticket");
    expect(linking.state).toMatchObject({ linking: "TMP-000010" });
    expect(linked.state).toMatchObject({ kind: "linked", category: "added" });
  });

  it("skips the automatic flag when a restored draft says the agent already insisted", async () => {
    const analysis = await analysed((b) => {
      b.triageResult = aTriage({ automatic: { kind: "auto-reply", evidence: "x" } });
    });
    const draft = { ...suggestDraft(analysis, "k"), insisted: true };

    const model = run(INITIAL_FLOW, { type: "analysed", analysis, draft });

    expect(model.state.kind).toBe("editing");
  });

  it("records the agent's edits in the draft", async () => {
    const customer = aCustomer();
    const model = afterAnalysis(await analysed());

    const edited = run(
      model,
      { type: "customer-chosen", customer },
      { type: "step-chosen", step: "problem" },
      { type: "draft-edited", change: { notes: "Llamar el lunes", priority: "Alta", evaluation: "investigation" } },
    );

    expect(edited.state).toMatchObject({
      kind: "editing",
      draft: { step: "problem", notes: "Llamar el lunes", priority: "Alta", evaluation: "investigation" },
    });
    expect(edited.state.kind === "editing" && edited.state.draft.customer).toEqual({ kind: "existing", customer });
  });

  it("opens a prefilled new customer form and moves to Problema once the customer is saved", async () => {
    const analysis = await analysed((b) => {
      b.matches = [aMatch(aCustomer({ email: "x@acme.example" }), "domain")];
    });
    const saved = aCustomer({ id: "new-1" });

    const started = run(afterAnalysis(analysis), { type: "new-customer-started" });
    const done = run(started, { type: "customer-saving" }, { type: "customer-saved", customer: saved });

    expect(started.state).toMatchObject({
      draft: { customer: { kind: "new", form: { email: "lucia@acme.example" } } },
    });
    expect(done.state).toMatchObject({
      savingCustomer: false,
      draft: { step: "problem", customer: { customer: saved } },
    });
  });

  it("does not start creating without a customer", async () => {
    const analysis = await analysed((b) => {
      b.matches = [aMatch(aCustomer(), "name"), aMatch(aCustomer(), "domain")];
    });

    const model = run(afterAnalysis(analysis), { type: "create-started" });

    expect(model.state.kind).toBe("editing");
  });

  it("returns to editing with the same draft and a retryable failure when creation fails", async () => {
    const analysis = await analysed((b) => {
      b.matches = [aMatch(aCustomer(), "email")];
    });
    const creating = run(afterAnalysis(analysis), { type: "create-started" });

    const failed = run(creating, { type: "failed", failure: { action: "create-ticket", reason: "server" } });

    expect(creating.state.kind).toBe("creating");
    expect(failed.state).toMatchObject({ kind: "editing", draft: { idempotencyKey: "key-1" } });
    expect(failed.failure).toEqual({ action: "create-ticket", reason: "server" });
    expect(failed.unreachable).toBe(false);
  });

  it("blocks on an unreachable backend until it is back", async () => {
    const model = afterAnalysis(await analysed());

    const blocked = run(model, { type: "failed", failure: { action: "analyse", reason: "unreachable" } });
    const back = run(blocked, { type: "backend-back" });

    expect(blocked.unreachable).toBe(true);
    expect(back.unreachable).toBe(false);
  });

  it("shows the created ticket and follows the reply form opening", async () => {
    const analysis = await analysed((b) => {
      b.matches = [aMatch(aCustomer(), "email")];
    });
    const ticket = aTicket();
    const creating = run(afterAnalysis(analysis), { type: "create-started" });

    const created = run(creating, { type: "ticket-created", result: { ticket, created: true, category: "added" } });
    const opened = run(created, { type: "reply-opening" }, { type: "reply-opened" });

    expect(created.state).toMatchObject({ kind: "created", reply: "idle" });
    expect(opened.state).toMatchObject({ kind: "created", reply: "opened" });
  });

  it("ignores events that do not belong to the current state", () => {
    const model = run(INITIAL_FLOW, { type: "item-read", email: null });

    const after = run(model, { type: "create-started" }, { type: "insisted" }, { type: "reply-opened" });

    expect(after.state).toEqual({ kind: "no-item" });
  });

  it("clears a failure when another item is requested", () => {
    const failed = run(INITIAL_FLOW, { type: "failed", failure: { action: "analyse", reason: "server" } });

    const model = run(failed, { type: "item-requested" });

    expect(model.failure).toBeNull();
  });
});
