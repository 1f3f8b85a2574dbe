import { analyseEmail } from "../../../src/workflow/analyse-email";
import { aCustomer, anEmail, aMatch, aTicket, aTriage } from "./support/builders";
import { FakeBackend } from "./support/fake-backend";

describe("analyseEmail", () => {
  it("preselects the one customer whose address is the sender's", async () => {
    const backend = new FakeBackend();
    const lucia = aCustomer();
    backend.matches = [
      aMatch(aCustomer({ name: "Otro", email: "otro@acme.example" }), "domain"),
      aMatch(lucia, "email"),
    ];

    const analysis = await analyseEmail(backend, anEmail());

    expect(analysis.proposal).toEqual({ kind: "exact", customer: lucia });
    expect(analysis.matches.map((m) => m.reason)).toEqual(["email", "domain"]);
  });

  it("asks the agent when two customers are only similar", async () => {
    const backend = new FakeBackend();
    backend.matches = [
      aMatch(aCustomer({ email: "l.perez@acme.example" }), "domain", 0.5),
      aMatch(aCustomer({ email: "lucia.p@otra.example" }), "name", 0.9),
    ];

    const analysis = await analyseEmail(backend, anEmail());

    expect(analysis.proposal).toEqual({ kind: "ask", reason: "several-candidates" });
  });

  it("asks the agent about a single match that is not the same address", async () => {
    const backend = new FakeBackend();
    backend.matches = [aMatch(aCustomer({ email: "otra@acme.example" }), "domain")];

    const analysis = await analyseEmail(backend, anEmail());

    expect(analysis.proposal).toEqual({ kind: "ask", reason: "uncertain-match" });
  });

  it("prefills a new customer with name, address, company from the domain and phone from the signature", async () => {
    const backend = new FakeBackend();

    const analysis = await analyseEmail(backend, anEmail());

    expect(analysis.proposal).toEqual({
      kind: "new",
      form: { name: "Lucía Pérez", email: "lucia@acme.example", company: "Acme", phone: "600 123 456" },
    });
  });

  it("leaves the company empty for a public mail provider", async () => {
    const backend = new FakeBackend();
    backend.triageResult = aTriage({ contact: { phones: [] } });

    const analysis = await analyseEmail(backend, anEmail({ from: { name: "", email: "juan.garcia@gmail.com" } }));

    expect(analysis.proposal).toEqual({
      kind: "new",
      form: { name: "Juan Garcia", email: "juan.garcia@gmail.com", company: "", phone: "" },
    });
  });

  it("proposes the original sender of a forwarded email, not the colleague", async () => {
    const backend = new FakeBackend();
    const match = jest.spyOn(backend, "matchCustomers");
    backend.triageResult = aTriage({ forwardedFrom: { name: "Marta Ruiz", email: "marta@cliente.example" } });

    const analysis = await analyseEmail(backend, anEmail({ from: { name: "Compañero", email: "colega@tmp.example" } }));

    expect(analysis.forwarded).toBe(true);
    expect(analysis.contact.email).toBe("marta@cliente.example");
    expect(match).toHaveBeenCalledWith({ email: "marta@cliente.example", name: "Marta Ruiz" });
  });

  it("finds the ticket this email already produced", async () => {
    const backend = new FakeBackend();
    const ticket = backend.addTicket(aTicket({ number: "TMP-000007" }));
    backend.byMessageId.set("<m1@cliente.example>", ticket.number);

    const analysis = await analyseEmail(backend, anEmail());

    expect(analysis.alreadyTicketed?.number).toBe("TMP-000007");
  });

  it("collects tickets referenced by the subject and by the conversation, once each", async () => {
    const backend = new FakeBackend();
    backend.addTicket(aTicket({ number: "TMP-000010" }));
    backend.addTicket(aTicket({ number: "TMP-000011" }));
    backend.conversations.set("conv-1", ["TMP-000010", "TMP-000011"]);
    backend.triageResult = aTriage({ ticketReferences: ["TMP-000010", "TMP-999999"] });

    const analysis = await analyseEmail(backend, anEmail());

    expect(analysis.references.map((t) => t.number)).toEqual(["TMP-000010", "TMP-000011"]);
  });

  it("fails when the backend fails, with the backend's typed error", async () => {
    const backend = new FakeBackend();
    backend.failNext("triage", "unreachable");

    await expect(analyseEmail(backend, anEmail())).rejects.toMatchObject({ kind: "unreachable" });
  });
});
