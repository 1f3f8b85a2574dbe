/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { draftKey, type TicketDraft } from "../../../src/workflow/ticket-draft";
import { aCustomer, anEmail, aMatch, aTriage } from "../workflow/support/builders";
import { FakeBackend } from "../workflow/support/fake-backend";
import { FakeMailbox } from "../workflow/support/fake-mailbox";
import { renderPane } from "./support/render-pane";

function exactBackend() {
  const backend = new FakeBackend();
  backend.matches = [aMatch(aCustomer({ id: "c-lucia" }), "email")];
  return backend;
}

describe("Ticket tab failures and blocking views", () => {
  it("shows a Spanish MessageBar and retries creation with the same idempotency key", async () => {
    const backend = exactBackend();
    backend.failNext("createTicket", "server", 1, { correlationId: "corr-7" });
    const { user } = renderPane({ backend });
    await user.click(await screen.findByRole("tab", { name: "Evaluación" }));
    await user.click(screen.getByRole("button", { name: "Crear ticket" }));

    expect(await screen.findByText("No se pudo crear el ticket")).toBeInTheDocument();
    expect(screen.getByText(/TicketMasterPro tuvo un error interno\..*Referencia: corr-7/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reintentar" }));

    expect(await screen.findByRole("heading", { name: /Ticket TMP-\d+ creado/ })).toBeInTheDocument();
    expect(backend.calls.filter((c) => c === "createTicket")).toHaveLength(2);
    expect(new Set(backend.created.map((c) => c.key)).size).toBe(1);
  });

  it("blocks the pane while the backend is unreachable and recovers by itself", async () => {
    const backend = exactBackend();
    backend.failNext("triage", "unreachable");
    backend.failNext("health", "unreachable", 2);
    renderPane({ backend, healthPollMs: 10 });

    expect(
      await screen.findByRole("heading", { name: "No se puede conectar con TicketMasterPro" }),
    ).toBeInTheDocument();

    expect(await screen.findByRole("heading", { name: "Cliente" })).toBeInTheDocument();
    expect(backend.calls.filter((c) => c === "health").length).toBeGreaterThanOrEqual(3);
  });

  it("shows the email while signing in, then a sign-in failure with a way to try again", async () => {
    let refuse: (error: Error) => void = () => undefined;
    let signIn = new Promise<string>((_, reject) => (refuse = reject));
    const tokens = { getAccessToken: () => signIn };
    const backend = exactBackend();
    const matchCustomers = backend.matchCustomers;
    // As the HTTP client does: the CRM is asked only with a token in hand.
    backend.matchCustomers = async (query) => {
      await tokens.getAccessToken();
      return matchCustomers(query);
    };
    const { user } = renderPane({ tokens, backend });

    expect(await screen.findByText("Iniciando sesión…")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Correo seleccionado" })).toHaveTextContent("Lucía Pérez");
    signIn = Promise.resolve("t");
    act(() => refuse(new Error("popup")));
    await user.click(await screen.findByRole("button", { name: "Volver a intentarlo" }));

    expect(await screen.findByRole("heading", { name: "Cliente" })).toBeInTheDocument();
  });

  it("speaks English when Outlook does", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.language = "en";
    renderPane({ mailbox, backend: exactBackend() });

    expect(await screen.findByRole("heading", { name: "Customer" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Inbox" })).toBeInTheDocument();
    expect(screen.getByText(/Exact address match: preselected\./)).toBeInTheDocument();
  });

  it("restores the agent's draft for the email, key included", async () => {
    const backend = exactBackend();
    const mailbox = new FakeMailbox(anEmail());
    const draft: TicketDraft = {
      version: 1,
      idempotencyKey: "restored-key",
      step: "problem",
      customer: { kind: "existing", customer: aCustomer({ id: "c-lucia" }) },
      description: "Descripción editada",
      notes: "Nota guardada",
      priority: "Urgente",
      evaluation: "investigation",
      insisted: false,
    };
    await mailbox.drafts.save(draftKey(anEmail().internetMessageId), draft);
    const { user } = renderPane({ mailbox, backend });

    expect(await screen.findByRole("textbox", { name: /Notas/ })).toHaveValue("Nota guardada");
    await user.click(screen.getByRole("tab", { name: "Evaluación" }));
    await user.click(screen.getByRole("button", { name: "Crear ticket" }));

    await screen.findByRole("heading", { name: /creado/ });
    expect(backend.created[0]).toMatchObject({ key: "restored-key", ticket: { priority: "Urgente" } });
    expect(mailbox.drafts.values.size).toBe(0);
  });

  it("saves the draft as the agent types", async () => {
    const mailbox = new FakeMailbox(anEmail());
    const { user } = renderPane({ mailbox, backend: exactBackend() });
    await user.click(await screen.findByRole("tab", { name: "Problema" }));

    await user.type(screen.getByRole("textbox", { name: /Notas/ }), "Llamar");

    await waitFor(() =>
      expect([...mailbox.drafts.values.values()]).toEqual([expect.objectContaining({ notes: "Llamar" })]),
    );
  });

  it("shows email content as text, never as HTML", async () => {
    const backend = exactBackend();
    backend.triageResult = aTriage({ cleanText: '<img src="x" onerror="alert(1)"><b>negrita</b>' });
    const { user, container } = renderPane({
      backend,
      mailbox: new FakeMailbox(anEmail({ subject: "<script>x</script>" })),
    });
    await user.click(await screen.findByRole("tab", { name: "Problema" }));

    expect(screen.getByRole("textbox", { name: /Descripción/ })).toHaveValue(
      '<script>x</script>\n\n<img src="x" onerror="alert(1)"><b>negrita</b>',
    );
    expect(container.querySelector("img, b, script")).toBeNull();
  });

  it("can be completed with the keyboard alone", async () => {
    const { user, backend } = renderPane({ backend: exactBackend() });
    await screen.findByRole("heading", { name: "Cliente" });

    screen.getByRole("button", { name: "Siguiente" }).focus();
    await user.keyboard("{Enter}");
    screen.getAllByRole("button", { name: "Siguiente" })[0].focus();
    await user.keyboard("{Enter}");
    screen.getByRole("button", { name: "Crear ticket" }).focus();
    await user.keyboard("{Enter}");

    expect(await screen.findByRole("heading", { name: /creado/ })).toBeInTheDocument();
    expect(backend.created).toHaveLength(1);
  });
});
