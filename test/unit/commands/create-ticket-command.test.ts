import { createTicketCommand } from "../../../src/commands/create-ticket-command";
import { noticeFor } from "../../../src/commands/one-click-notice";
import { aCustomer, anEmail, aMatch, aTicket, aTriage } from "../workflow/support/builders";
import { FakeBackend } from "../workflow/support/fake-backend";
import { FakeMailbox } from "../workflow/support/fake-mailbox";

describe("createTicketCommand", () => {
  it("shows progress, creates the ticket and names its number in the notification", async () => {
    const backend = new FakeBackend();
    backend.matches = [aMatch(aCustomer(), "email")];
    const mailbox = new FakeMailbox(anEmail());

    const outcome = await createTicketCommand({ backend, mailbox });

    expect(outcome.kind).toBe("created");
    expect(mailbox.notices).toEqual([
      { kind: "progress", message: "Creando el ticket…" },
      { kind: "info", message: "Ticket TMP-000101 creado. La respuesta está abierta para revisar y enviar." },
    ]);
  });

  it("says why it created nothing and to open the pane", async () => {
    const backend = new FakeBackend();
    backend.matches = [aMatch(aCustomer(), "name"), aMatch(aCustomer(), "domain")];
    const mailbox = new FakeMailbox(anEmail());

    await createTicketCommand({ backend, mailbox });

    expect(mailbox.notices.at(-1)).toEqual({
      kind: "error",
      message: "Hay varios clientes posibles: no se ha creado ticket. Abre el panel para elegir.",
    });
    expect(backend.created).toHaveLength(0);
  });

  it("speaks English when Outlook does", async () => {
    const backend = new FakeBackend();
    backend.triageResult = aTriage({ automatic: { kind: "bounce", evidence: "x" } });
    const mailbox = new FakeMailbox(anEmail());
    mailbox.language = "en";

    await createTicketCommand({ backend, mailbox });

    expect(mailbox.notices.at(-1)?.message).toBe(
      "This looks like an automatic email: no ticket was created. Open the pane to create one.",
    );
  });

  it("still reports when the progress notification fails", async () => {
    const backend = new FakeBackend();
    const mailbox = new FakeMailbox(anEmail());
    const notify = mailbox.notify;
    let first = true;
    mailbox.notify = (notice) => (first ? ((first = false), Promise.reject(new Error("host"))) : notify(notice));

    const outcome = await createTicketCommand({ backend, mailbox });

    expect(outcome.kind).toBe("created");
    expect(mailbox.notices).toHaveLength(1);
  });
});

describe("noticeFor", () => {
  const ticket = aTicket({ number: "TMP-000042" });

  it.each([
    [
      "a known ticket",
      { kind: "created", ticket, created: false, category: "added", replyOpened: true },
      /ya tenía el ticket TMP-000042/,
    ],
    [
      "a ticket without reply form",
      { kind: "created", ticket, created: true, category: "added", replyOpened: false },
      /No se pudo abrir la respuesta/,
    ],
    [
      "an already ticketed email",
      { kind: "needs-decision", reason: "already-ticketed", ticketNumber: "TMP-000042" },
      /ya tiene el ticket TMP-000042/,
    ],
    [
      "a reply to a ticket",
      { kind: "needs-decision", reason: "existing-ticket", ticketNumber: "TMP-000042" },
      /se refiere a TMP-000042/,
    ],
    ["no item", { kind: "needs-decision", reason: "no-item" }, /No hay ningún correo/],
    ["an unreachable backend", { kind: "failed", reason: "unreachable" }, /no responde/],
    ["a rejected request", { kind: "failed", reason: "validation" }, /Abre el panel para ver el detalle/],
  ] as const)("words %s for the agent", (_label, outcome, expected) => {
    const notice = noticeFor(outcome, "es");

    expect(notice.message).toMatch(expected);
    expect(notice.message.length).toBeLessThanOrEqual(150);
  });
});
