import { runOneClick } from "../../../src/workflow/one-click";
import { draftKey, suggestDraft } from "../../../src/workflow/ticket-draft";
import { analyseEmail } from "../../../src/workflow/analyse-email";
import { aCustomer, anEmail, aMatch, aTicket, aTriage } from "./support/builders";
import { FakeBackend } from "./support/fake-backend";
import { FakeMailbox } from "./support/fake-mailbox";

function setup() {
  const backend = new FakeBackend();
  const mailbox = new FakeMailbox(anEmail());
  let keys = 0;
  const newKey = () => `key-${++keys}`;
  return { backend, mailbox, ports: { backend, mailbox }, options: { newKey } };
}

describe("runOneClick", () => {
  it("creates the ticket for the exact customer, tags the email and opens the reply", async () => {
    const { backend, mailbox, ports, options } = setup();
    const lucia = aCustomer();
    backend.matches = [aMatch(lucia, "email")];

    const outcome = await runOneClick(ports, options);

    expect(outcome).toMatchObject({ kind: "created", created: true, category: "added", replyOpened: true });
    expect(backend.created).toHaveLength(1);
    expect(backend.created[0]).toMatchObject({
      key: "key-1",
      ticket: { customerId: lucia.id, priority: "Media", evaluation: "immediate", language: "es" },
    });
    expect(mailbox.categories).toEqual([outcome.kind === "created" ? outcome.ticket.number : "none"]);
    expect(mailbox.replies[0]?.subject).toContain("[TMP-");
  });

  it("creates a new customer from the sender when the CRM knows nobody", async () => {
    const { backend, ports, options } = setup();

    const outcome = await runOneClick(ports, options);

    expect(outcome.kind).toBe("created");
    expect(backend.customers).toEqual([
      expect.objectContaining({
        name: "Lucía Pérez",
        email: "lucia@acme.example",
        company: "Acme",
        phone: "600 123 456",
      }),
    ]);
  });

  it.each([
    [
      "several-candidates",
      (b: FakeBackend) => (b.matches = [aMatch(aCustomer(), "name"), aMatch(aCustomer(), "domain")]),
    ],
    [
      "uncertain-customer",
      (b: FakeBackend) => (b.matches = [aMatch(aCustomer({ email: "x@acme.example" }), "domain")]),
    ],
    [
      "automatic-mail",
      (b: FakeBackend) => (b.triageResult = aTriage({ automatic: { kind: "auto-reply", evidence: "h" } })),
    ],
  ])("creates nothing and says why when a person must decide (%s)", async (reason, arrange) => {
    const { backend, mailbox, ports, options } = setup();
    arrange(backend);

    const outcome = await runOneClick(ports, options);

    expect(outcome).toEqual({ kind: "needs-decision", reason });
    expect(backend.created).toHaveLength(0);
    expect(mailbox.replies).toHaveLength(0);
  });

  it("names the referenced ticket when the email is a reply to one", async () => {
    const { backend, ports, options } = setup();
    backend.addTicket(aTicket({ number: "TMP-000010" }));
    backend.triageResult = aTriage({ ticketReferences: ["TMP-000010"] });

    const outcome = await runOneClick(ports, options);

    expect(outcome).toEqual({ kind: "needs-decision", reason: "existing-ticket", ticketNumber: "TMP-000010" });
  });

  it("never creates a second ticket for the same email", async () => {
    const { backend, ports, options } = setup();
    backend.matches = [aMatch(aCustomer(), "email")];

    const first = await runOneClick(ports, options);
    const second = await runOneClick(ports, options);

    expect(first.kind).toBe("created");
    expect(second).toMatchObject({ kind: "needs-decision", reason: "already-ticketed" });
    expect(backend.created).toHaveLength(1);
  });

  it("reuses the idempotency key a pane draft already holds", async () => {
    const { backend, mailbox, ports, options } = setup();
    backend.matches = [aMatch(aCustomer(), "email")];
    const analysis = await analyseEmail(backend, anEmail());
    await mailbox.drafts.save(draftKey(anEmail().internetMessageId), {
      ...suggestDraft(analysis, "pane-key"),
      notes: "n",
    });

    await runOneClick(ports, options);

    expect(backend.created[0]).toMatchObject({ key: "pane-key", ticket: { notes: "n" } });
    expect(mailbox.drafts.values.size).toBe(0);
  });

  it("reports a failure with its reason and keeps the key for the retry", async () => {
    const { backend, mailbox, ports, options } = setup();
    backend.matches = [aMatch(aCustomer(), "email")];
    backend.failNext("createTicket", "server", 1, { correlationId: "corr-1" });

    const failed = await runOneClick(ports, options);
    const keptDraft = [...mailbox.drafts.values.values()];
    const retried = await runOneClick(ports, options);

    expect(failed).toEqual({ kind: "failed", reason: "server", correlationId: "corr-1" });
    expect(keptDraft).toEqual([expect.objectContaining({ idempotencyKey: "key-1" })]);
    expect(retried.kind).toBe("created");
    expect(backend.created.map((c) => c.key)).toEqual(["key-1"]);
  });

  it("still reports the ticket when the reply form cannot open or the category is refused", async () => {
    const { backend, mailbox, ports, options } = setup();
    backend.matches = [aMatch(aCustomer(), "email")];
    mailbox.replyError = new Error("host");
    mailbox.categoryOutcome = "unsupported";

    const outcome = await runOneClick(ports, options);

    expect(outcome).toMatchObject({ kind: "created", replyOpened: false, category: "unsupported" });
  });

  it("says nothing is selected when there is no item", async () => {
    const { mailbox, ports, options } = setup();
    mailbox.email = null;

    expect(await runOneClick(ports, options)).toEqual({ kind: "needs-decision", reason: "no-item" });
  });

  it("reports an unreachable backend as a failure, not an exception", async () => {
    const { backend, ports, options } = setup();
    backend.failNext("triage", "unreachable");

    expect(await runOneClick(ports, options)).toEqual({ kind: "failed", reason: "unreachable" });
  });
});
