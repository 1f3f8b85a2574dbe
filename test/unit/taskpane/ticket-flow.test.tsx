/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { aCustomer, anEmail, aMatch, aTicket, aTriage } from "../workflow/support/builders";
import { FakeBackend } from "../workflow/support/fake-backend";
import { FakeMailbox } from "../workflow/support/fake-mailbox";
import { renderPane } from "./support/render-pane";

function backendWithExactCustomer() {
  const backend = new FakeBackend();
  backend.matches = [aMatch(aCustomer({ id: "c-lucia" }), "email")];
  return backend;
}

describe("Ticket tab", () => {
  it("shows the tabs Ticket, Bandeja and Pendientes", async () => {
    renderPane();

    const tabs = await screen.findByRole("tablist", { name: "Secciones del panel" });

    expect(
      within(tabs)
        .getAllByRole("tab")
        .map((tab) => tab.textContent),
    ).toEqual(["Ticket", "Bandeja", "Pendientes"]);
  });

  it("says so when no email is selected, and follows the next selection", async () => {
    const mailbox = new FakeMailbox(null);
    renderPane({ mailbox, backend: backendWithExactCustomer() });
    await screen.findByRole("heading", { name: "Ningún correo seleccionado" });

    act(() => mailbox.select(anEmail()));

    expect(await screen.findByRole("heading", { name: "Cliente" })).toBeInTheDocument();
  });

  it("preselects the exact customer and walks Cliente, Problema, Evaluación to a created ticket", async () => {
    const { user, mailbox, backend } = renderPane({ backend: backendWithExactCustomer() });

    expect(
      await screen.findByRole("radio", { name: /Lucía Pérez <lucia@acme.example>.*Misma dirección/ }),
    ).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(screen.getByRole("textbox", { name: /Descripción/ })).toHaveValue(
      "No puedo acceder a la factura\n\nHola, no puedo descargar la factura de noviembre.",
    );
    expect(screen.getByRole("list", { name: "Adjuntos" })).toHaveTextContent("captura.png (20 KB)");
    await user.type(screen.getByRole("textbox", { name: /Notas/ }), "Cliente con prisa");
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(screen.getByText("Prioridad sugerida: Media")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /Urgente: Servicio caído/ })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /Alta:/ }));
    await user.click(screen.getByRole("radio", { name: "Requiere investigación" }));
    await user.click(screen.getByRole("button", { name: "Crear ticket" }));

    expect(await screen.findByRole("heading", { name: "Ticket TMP-000101 creado" })).toBeInTheDocument();
    expect(screen.getByText("El correo está marcado con la categoría TMP-000101.")).toBeInTheDocument();
    expect(backend.created[0]?.ticket).toMatchObject({
      customerId: "c-lucia",
      notes: "Cliente con prisa",
      priority: "Alta",
      evaluation: "investigation",
    });
    expect(mailbox.categories).toEqual(["TMP-000101"]);
  });

  it("opens Outlook's reply form with the rendered reply", async () => {
    const { user, mailbox } = renderPane({ backend: backendWithExactCustomer() });
    await user.click(await screen.findByRole("tab", { name: "Evaluación" }));
    await user.click(screen.getByRole("button", { name: "Crear ticket" }));

    await user.click(await screen.findByRole("button", { name: "Responder" }));

    expect(await screen.findByText("La respuesta está abierta en Outlook: revísala y envíala.")).toBeInTheDocument();
    expect(mailbox.replies.map((r) => r.subject)).toEqual(["RE: No puedo acceder a la factura [TMP-000101]"]);
    expect(mailbox.replies[0]?.html).toContain("Ana Agente");
  });

  it("tells the agent when the host cannot add the category", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.categoryOutcome = "unsupported";
    const { user } = renderPane({ backend: backendWithExactCustomer(), mailbox });
    await user.click(await screen.findByRole("tab", { name: "Evaluación" }));

    await user.click(screen.getByRole("button", { name: "Crear ticket" }));

    expect(await screen.findByText(/no permite añadir la categoría/)).toBeInTheDocument();
  });

  it("asks the agent to choose between two candidates, best first, with reasons", async () => {
    const backend = new FakeBackend();
    backend.matches = [
      aMatch(aCustomer({ id: "c-name", name: "Lucía Peres", email: "lperes@otra.example" }), "name", 0.8),
      aMatch(aCustomer({ id: "c-domain", name: "Luis Pérez", email: "luis@acme.example" }), "domain", 0.5),
    ];
    const { user } = renderPane({ backend });

    const radios = await screen.findAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["c-domain", "c-name"]);
    expect(screen.getByText("Hay más de un posible cliente: elige el correcto.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Siguiente" })).toBeDisabled();
    await user.click(screen.getByRole("radio", { name: /Luis Pérez.*Misma empresa/ }));

    expect(screen.getByRole("button", { name: "Siguiente" })).toBeEnabled();
  });

  it("prefills the Nuevo cliente form and adds the customer", async () => {
    const { user, backend } = renderPane();

    const name = await screen.findByRole("textbox", { name: /Nombre/ });
    expect(name).toHaveValue("Lucía Pérez");
    expect(screen.getByRole("textbox", { name: /Empresa/ })).toHaveValue("Acme");
    expect(screen.getByRole("textbox", { name: /Teléfono/ })).toHaveValue("600 123 456");
    await user.click(screen.getByRole("button", { name: "Añadir cliente y continuar" }));

    expect(await screen.findByRole("heading", { name: "Problema" })).toBeInTheDocument();
    expect(backend.customers).toEqual([expect.objectContaining({ email: "lucia@acme.example", company: "Acme" })]);
  });

  it("proposes the original sender of a forwarded email", async () => {
    const backend = new FakeBackend();
    backend.triageResult = aTriage({ forwardedFrom: { name: "Marta Ruiz", email: "marta@cliente.example" } });
    renderPane({
      backend,
      mailbox: new FakeMailbox(anEmail({ from: { name: "Colega", email: "colega@tmp.example" } })),
    });

    expect(
      await screen.findByText("Correo reenviado: se propone al remitente original, Marta Ruiz."),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Correo electrónico/ })).toHaveValue("marta@cliente.example");
  });

  it("flags automatic mail and creates a ticket only when the agent insists", async () => {
    const backend = backendWithExactCustomer();
    backend.triageResult = aTriage({ automatic: { kind: "auto-reply", evidence: "cabecera Auto-Submitted" } });
    const { user } = renderPane({ backend });

    expect(await screen.findByText("Correo automático: Respuesta automática")).toBeInTheDocument();
    expect(screen.getByText("Indicio: cabecera Auto-Submitted")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Crear de todos modos" }));

    expect(await screen.findByRole("heading", { name: "Cliente" })).toBeInTheDocument();
  });

  it("shows the ticket an email already has, with no way to duplicate it", async () => {
    const backend = new FakeBackend();
    backend.addTicket(aTicket({ number: "TMP-000007", status: "En curso" }));
    backend.byMessageId.set(anEmail().internetMessageId, "TMP-000007");
    renderPane({ backend });

    expect(
      await screen.findByRole("heading", { name: "Este correo ya tiene el ticket TMP-000007" }),
    ).toBeInTheDocument();
    expect(screen.getByText("En curso")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Crear ticket" })).not.toBeInTheDocument();
  });

  it("offers to add a reply to the ticket it refers to", async () => {
    const backend = new FakeBackend();
    backend.addTicket(aTicket({ number: "TMP-000010" }));
    backend.triageResult = aTriage({ ticketReferences: ["TMP-000010"] });
    const { user, mailbox } = renderPane({ backend });

    await user.click(await screen.findByRole("button", { name: "Añadir al ticket TMP-000010" }));

    expect(await screen.findByRole("heading", { name: "Correo añadido al ticket TMP-000010" })).toBeInTheDocument();
    expect(backend.linked).toEqual([{ number: "TMP-000010", internetMessageId: anEmail().internetMessageId }]);
    expect(mailbox.categories).toEqual(["TMP-000010"]);
  });
});
