import { analyseEmail } from "../../../src/workflow/analyse-email";
import { BackendError } from "../../../src/workflow/backend-error";
import {
  addEmailToTicket,
  createTicketForEmail,
  CustomerMissingError,
  markEmail,
  saveNewCustomer,
} from "../../../src/workflow/create-ticket";
import { failureOf } from "../../../src/workflow/failure";
import { suggestDraft } from "../../../src/workflow/ticket-draft";
import { aCustomer, anEmail, aTicket } from "./support/builders";
import { FakeBackend } from "./support/fake-backend";
import { FakeGraphCategories } from "./support/fake-graph-categories";
import { FakeMailbox } from "./support/fake-mailbox";

const form = { name: "Lucía Pérez", email: "lucia@acme.example", company: "", phone: "" };

describe("saveNewCustomer", () => {
  it("uses the existing record when the address is already in the CRM", async () => {
    const backend = new FakeBackend();
    const existing = aCustomer();
    backend.customers.push(existing);

    expect(await saveNewCustomer(backend, form)).toEqual(existing);
  });

  it("sends no empty optional fields", async () => {
    const backend = new FakeBackend();
    const create = jest.spyOn(backend, "createCustomer");

    await saveNewCustomer(backend, { ...form, name: "  Lucía  " });

    expect(create).toHaveBeenCalledWith({ name: "Lucía", email: "lucia@acme.example" });
  });
});

describe("createTicketForEmail", () => {
  it("refuses to create without a customer", async () => {
    const backend = new FakeBackend();
    const mailbox = new FakeMailbox(anEmail());
    const analysis = await analyseEmail(backend, anEmail());
    const draft = { ...suggestDraft(analysis, "k"), customer: { kind: "none" as const } };

    await expect(createTicketForEmail({ backend, mailbox }, analysis, draft)).rejects.toBeInstanceOf(
      CustomerMissingError,
    );
  });

  it("sends the source email so that the backend can recognise it again", async () => {
    const backend = new FakeBackend();
    const mailbox = new FakeMailbox(anEmail());
    const analysis = await analyseEmail(backend, anEmail());

    await createTicketForEmail({ backend, mailbox }, analysis, suggestDraft(analysis, "k"));

    expect(backend.created[0]?.ticket.source).toEqual({
      internetMessageId: "<m1@cliente.example>",
      conversationId: "conv-1",
      receivedAt: "2026-12-01T09:00:00.000Z",
      mailbox: "soporte@tmp.example",
    });
  });
});

describe("markEmail", () => {
  it("tags through Outlook and leaves Graph alone when Outlook accepts the category", async () => {
    const mailbox = new FakeMailbox(anEmail());
    const graph = new FakeGraphCategories();

    const result = await markEmail({ mailbox, backend: new FakeBackend(), graph }, anEmail(), "TMP-000001");

    expect(result).toBe("added");
    expect(graph.calls).toEqual([]);
  });

  it("turns a host error into 'failed' instead of losing the ticket when there is no Graph fallback", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = new Error("host");

    expect(await markEmail({ mailbox, backend: new FakeBackend() }, anEmail(), "TMP-000001")).toBe("failed");
  });

  it("tags through Graph when Outlook refuses a category outside the master list", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = Object.assign(new Error("InvalidCategory"), { name: "MailboxError" });
    const graph = new FakeGraphCategories();

    const result = await markEmail({ mailbox, backend: new FakeBackend(), graph }, anEmail(), "TMP-000001");

    expect(result).toBe("added");
    expect(graph.calls).toEqual([
      { item: { itemId: "item-1", sharedMailbox: "soporte@tmp.example" }, label: "TMP-000001" },
    ]);
  });

  it("tags through Graph in the agent's own mailbox when the email is not in a shared one", async () => {
    const email = anEmail({ mailbox: { address: "lucia@tmp.example", isShared: false } });
    const mailbox = new FakeMailbox(email);
    mailbox.categoryOutcome = new Error("host");
    const graph = new FakeGraphCategories();

    await markEmail({ mailbox, backend: new FakeBackend(), graph }, email, "TMP-000001");

    expect(graph.calls[0]?.item).toEqual({ itemId: "item-1" });
  });

  it("tags through Graph when this Outlook cannot add categories at all", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = "unsupported";
    const graph = new FakeGraphCategories();
    graph.outcome = "already-present";

    const result = await markEmail({ mailbox, backend: new FakeBackend(), graph }, anEmail(), "TMP-000001");

    expect(result).toBe("already-present");
  });

  it.each([
    [new Error("host"), "failed"],
    ["unsupported" as const, "unsupported"],
  ])("reports Outlook's outcome when Graph fails too (Outlook: %p)", async (outlook, expected) => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = outlook;
    const graph = new FakeGraphCategories();
    graph.outcome = new Error("throttled");

    const result = await markEmail({ mailbox, backend: new FakeBackend(), graph }, anEmail(), "TMP-000001");

    expect(result).toBe(expected);
    expect(graph.calls).toHaveLength(1);
  });

  it("does not ask Graph about an email without an Outlook item id", async () => {
    const email = anEmail({ itemId: undefined });
    const mailbox = new FakeMailbox(email);
    mailbox.categoryOutcome = new Error("host");
    const graph = new FakeGraphCategories();

    expect(await markEmail({ mailbox, backend: new FakeBackend(), graph }, email, "TMP-000001")).toBe("failed");
    expect(graph.calls).toEqual([]);
  });
});

describe("createTicketForEmail's tag", () => {
  it("falls back to Graph with the email's own item when Outlook refuses the category", async () => {
    const backend = new FakeBackend();
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = new Error("InvalidCategory");
    const graph = new FakeGraphCategories();
    const analysis = await analyseEmail(backend, anEmail());

    const result = await createTicketForEmail({ backend, mailbox, graph }, analysis, suggestDraft(analysis, "k"));

    expect(result.category).toBe("added");
    expect(graph.calls).toEqual([
      { item: { itemId: "item-1", sharedMailbox: "soporte@tmp.example" }, label: result.ticket.number },
    ]);
  });
});

describe("addEmailToTicket", () => {
  it("links the email to the ticket and tags it", async () => {
    const backend = new FakeBackend();
    const mailbox = new FakeMailbox(anEmail());
    const ticket = backend.addTicket(aTicket({ number: "TMP-000010" }));

    const result = await addEmailToTicket({ backend, mailbox }, anEmail(), ticket);

    expect(backend.linked).toEqual([{ number: "TMP-000010", internetMessageId: "<m1@cliente.example>" }]);
    expect(result.category).toBe("added");
    expect(mailbox.categories).toEqual(["TMP-000010"]);
  });
});

describe("failureOf", () => {
  it.each([
    [new BackendError({ kind: "conflict" }), "conflict"],
    [new CustomerMissingError(), "customer-missing"],
    [Object.assign(new Error("x"), { name: "SignInError" }), "sign-in"],
    [Object.assign(new Error("x"), { name: "MailboxError" }), "mailbox"],
    [new Error("x"), "unknown"],
  ])("classifies %p as %s", (error, reason) => {
    expect(failureOf(error, "create-ticket").reason).toBe(reason);
  });
});
