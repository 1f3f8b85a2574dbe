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
  it("turns a host error into 'failed' instead of losing the ticket", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = new Error("host");

    expect(await markEmail(mailbox, "TMP-000001")).toBe("failed");
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
