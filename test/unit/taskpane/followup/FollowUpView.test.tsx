/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Ticket } from "../../../../src/core/contracts";
import FollowUpView from "../../../../src/taskpane/followup/FollowUpView";
import { BackendError } from "../../../../src/workflow/backend-error";
import type { FollowUpLists, MailboxPort, TicketBackend } from "../../../../src/workflow/ports";
import { fakeBackend, fakeMailbox, hoursAgo, renderInPane, ticketFixture } from "../inbox/pane-fakes";

const late = ticketFixture({
  number: "TMP-000101",
  subject: "Error al pagar",
  dueAt: hoursAgo(2),
  priority: "Urgente",
});
const later = ticketFixture({ number: "TMP-000103", subject: "Cambio de plan", dueAt: hoursAgo(-30) });
const soon = ticketFixture({ number: "TMP-000102", subject: "Factura duplicada", dueAt: hoursAgo(-1) });
const laterStill = ticketFixture({ number: "TMP-000104", subject: "Alta de usuario", dueAt: hoursAgo(-50) });

const lists: FollowUpLists = { overdue: [late], dueToday: [soon], later: [laterStill, later] };

function renderFollowUp(backend: Partial<TicketBackend>, mailbox?: MailboxPort) {
  return renderInPane(<FollowUpView />, { backend: fakeBackend(backend), mailbox });
}

const group = (name: RegExp) => screen.getByRole("region", { name });
const rowOf = (number: string) => document.querySelector(`[data-ticket="${number}"]`) as HTMLElement;

describe("FollowUpView", () => {
  it("groups open tickets by due time with lateness, customer, subject, priority, status and age", async () => {
    const listFollowUp = jest.fn(() => Promise.resolve(lists));

    renderFollowUp({ listFollowUp });

    expect(await screen.findByRole("heading", { name: "Vencidos (1)" })).toBeInTheDocument();
    expect(listFollowUp).toHaveBeenCalledWith("mine");
    const overdueRow = within(group(/Vencidos/)).getByRole("listitem");
    expect(overdueRow).toHaveTextContent("Lucía Fernández");
    expect(overdueRow).toHaveTextContent("Error al pagar");
    expect(overdueRow).toHaveTextContent("Urgente");
    expect(overdueRow).toHaveTextContent("Pendiente");
    expect(overdueRow).toHaveTextContent("Creado hace 5 h");
    expect(overdueRow).toHaveTextContent(/Vencido hace 2 h/);
    expect(within(group(/Vencen hoy/)).getByRole("listitem")).toHaveTextContent("Factura duplicada");
    const laterSubjects = within(group(/Más adelante/))
      .getAllByRole("listitem")
      .map((li) => li.getAttribute("data-ticket"));
    expect(laterSubjects).toEqual(["TMP-000103", "TMP-000104"]);
  });

  it("shows the team's tickets when the switch is on", async () => {
    const listFollowUp = jest.fn(() => Promise.resolve(lists));
    renderFollowUp({ listFollowUp });
    await screen.findByRole("heading", { name: "Vencidos (1)" });

    await userEvent.click(screen.getByRole("switch", { name: "Ver los del equipo" }));

    await waitFor(() => expect(listFollowUp).toHaveBeenLastCalledWith("team"));
  });

  it("changes a ticket's status and shows what the backend returned", async () => {
    const changeTicket = jest.fn((number: string) => Promise.resolve<Ticket>({ ...late, number, status: "En curso" }));
    renderFollowUp({ listFollowUp: () => Promise.resolve(lists), changeTicket });
    await screen.findByRole("heading", { name: "Vencidos (1)" });

    await userEvent.selectOptions(within(rowOf("TMP-000101")).getByLabelText("Estado"), "En curso");

    expect(changeTicket).toHaveBeenCalledWith("TMP-000101", { status: "En curso" });
    await waitFor(() => expect(within(rowOf("TMP-000101")).getByLabelText("Estado")).toHaveValue("En curso"));
  });

  it("explains a failed priority change and Reintentar repeats it", async () => {
    const changeTicket = jest
      .fn<Promise<Ticket>, [string, object]>()
      .mockRejectedValueOnce(new BackendError({ kind: "unreachable" }))
      .mockResolvedValue({ ...soon, priority: "Alta" });
    renderFollowUp({ listFollowUp: () => Promise.resolve(lists), changeTicket });
    await screen.findByRole("heading", { name: "Vencidos (1)" });

    await userEvent.selectOptions(within(rowOf("TMP-000102")).getByLabelText("Prioridad"), "Alta");
    expect(await screen.findByText("No se pudo cambiar la prioridad")).toBeInTheDocument();
    expect(screen.getByText(/No se pudo conectar con TicketMasterPro/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reintentar" }));

    await waitFor(() => expect(screen.queryByText("No se pudo cambiar la prioridad")).not.toBeInTheDocument());
    expect(changeTicket).toHaveBeenCalledTimes(2);
    expect(changeTicket).toHaveBeenLastCalledWith("TMP-000102", { priority: "Alta" });
  });

  it("adds a note to a ticket", async () => {
    const addNote = jest.fn(() => Promise.resolve({ kind: "note-added" as const, actor: "a", at: "", detail: {} }));
    renderFollowUp({ listFollowUp: () => Promise.resolve(lists), addNote });
    await screen.findByRole("heading", { name: "Vencidos (1)" });
    const row = within(rowOf("TMP-000101"));

    await userEvent.click(row.getByRole("button", { name: "Añadir nota" }));
    await userEvent.type(row.getByLabelText("Nota para TMP-000101"), "Llamé al cliente");
    await userEvent.click(row.getByRole("button", { name: "Guardar nota" }));

    expect(addNote).toHaveBeenCalledWith("TMP-000101", "Llamé al cliente");
    expect(await row.findByText("Nota guardada.")).toBeInTheDocument();
  });

  it("opens a follow-up email to the customer with the ticket number, in the ticket's language", async () => {
    const english = ticketFixture({ number: "TMP-000105", language: "en", dueAt: hoursAgo(1), subject: "Login fails" });
    const openNewMessage = jest.fn(() => Promise.resolve());
    renderFollowUp(
      { listFollowUp: () => Promise.resolve({ overdue: [english], dueToday: [], later: [] }) },
      fakeMailbox({ openNewMessage }),
    );

    await userEvent.click(await screen.findByRole("button", { name: "Redactar seguimiento" }));

    expect(openNewMessage).toHaveBeenCalledWith({
      to: [{ name: "Lucía Fernández", email: "lucia@cliente.example" }],
      subject: "RE: Login fails [TMP-000105]",
      html: expect.stringContaining("as soon as possible") as string,
    });
  });
});

describe("FollowUpView when something fails", () => {
  it("says TicketMasterPro is unreachable and Reintentar loads the list", async () => {
    const listFollowUp = jest
      .fn<Promise<FollowUpLists>, [string]>()
      .mockRejectedValueOnce(new BackendError({ kind: "unreachable" }))
      .mockResolvedValue(lists);
    renderFollowUp({ listFollowUp });

    expect(await screen.findByText("No se pudieron cargar los tickets pendientes")).toBeInTheDocument();
    expect(screen.getByText(/No se pudo conectar con TicketMasterPro/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reintentar" }));

    expect(await screen.findByRole("heading", { name: "Vencidos (1)" })).toBeInTheDocument();
  });

  it("says the server does not offer the list when the backend client lacks it", async () => {
    renderFollowUp({});

    expect(await screen.findByText(/no ofrece la lista de pendientes/)).toBeInTheDocument();
  });

  it("says all is caught up when nothing is pending", async () => {
    renderFollowUp({ listFollowUp: () => Promise.resolve({ overdue: [], dueToday: [], later: [] }) });

    expect(await screen.findByText(/No hay tickets pendientes/)).toBeInTheDocument();
  });
});
