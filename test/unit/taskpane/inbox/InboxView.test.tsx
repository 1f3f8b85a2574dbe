/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphError } from "../../../../src/services/graph/graph-error";
import type { GraphMailClient, InboxMessage, InboxPage } from "../../../../src/services/graph/graph-types";
import InboxView from "../../../../src/taskpane/inbox/InboxView";
import { GraphMailClientContext } from "../../../../src/taskpane/inbox/graph-client-context";
import type { Language } from "../../../../src/core/contracts";
import { BackendError } from "../../../../src/workflow/backend-error";
import type { MailboxPort, TicketBackend } from "../../../../src/workflow/ports";
import { fakeBackend, fakeMailbox, hoursAgo, renderInPane } from "./pane-fakes";

function email(n: number, hours: number): InboxMessage {
  return {
    id: `AAk-${n}=`,
    internetMessageId: `<m${n}@cliente.example>`,
    receivedAt: hoursAgo(hours),
    from: { name: `Cliente ${n}`, email: `c${n}@cliente.example` },
    subject: `Problema ${n}`,
    categories: [],
    webLink: `https://outlook.office.com/mail/${n}`,
    conversationId: `conv-${n}`,
  };
}

/** Graph pages keyed by the link that leads to them ("first" for the first page). */
function fakeGraph(pages: Record<string, InboxPage | Error>) {
  const calls: (string | null)[] = [];
  const client: GraphMailClient = {
    listInboxOldestFirst: ({ nextLink }) => {
      calls.push(nextLink ?? null);
      const page = pages[nextLink ?? "first"];
      return page instanceof Error || !page ? Promise.reject(page ?? new Error("no page")) : Promise.resolve(page);
    },
    addCategory: () => Promise.reject(new Error("not used")),
  };
  return { client, calls };
}

function ticketsFor(known: Record<string, string>) {
  return jest.fn((ids: string[]) =>
    Promise.resolve(Object.fromEntries(ids.filter((id) => id in known).map((id) => [id, known[id]]))),
  );
}

function renderInbox(options: {
  graph: GraphMailClient;
  backend?: TicketBackend;
  mailbox?: MailboxPort;
  language?: Language;
}) {
  const backend = options.backend ?? fakeBackend({ findTicketsByMessageIds: ticketsFor({}) });
  return renderInPane(
    <GraphMailClientContext.Provider value={() => Promise.resolve(options.graph)}>
      <InboxView />
    </GraphMailClientContext.Provider>,
    { backend, mailbox: options.mailbox, language: options.language },
  );
}

const itemsOf = () => within(screen.getByRole("list")).getAllByRole("listitem");

describe("InboxView", () => {
  it("lists the inbox oldest first with sender, age, subject and ticket, one backend call a page", async () => {
    const graph = fakeGraph({ first: { messages: [email(1, 26), email(2, 3)], nextLink: null } });
    const lookup = ticketsFor({ "<m1@cliente.example>": "TMP-000041" });

    renderInbox({ graph: graph.client, backend: fakeBackend({ findTicketsByMessageIds: lookup }) });

    await waitFor(() => expect(itemsOf()).toHaveLength(2));
    const [first, second] = itemsOf();
    expect(first).toHaveTextContent("Cliente 1");
    expect(first).toHaveTextContent("hace 1 d");
    expect(first).toHaveTextContent("Ticket TMP-000041");
    expect(second).toHaveTextContent("Problema 2");
    expect(second).toHaveTextContent("hace 3 h");
    expect(second).toHaveTextContent("Sin ticket");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith(["<m1@cliente.example>", "<m2@cliente.example>"]);
  });

  it("says the inbox is empty", async () => {
    renderInbox({ graph: fakeGraph({ first: { messages: [], nextLink: null } }).client });

    expect(await screen.findByText("Bandeja vacía")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });

  it("loads the next page with Graph's next link and hides Cargar más on the last page", async () => {
    const graph = fakeGraph({
      first: { messages: [email(1, 5)], nextLink: "https://graph/next-1" },
      "https://graph/next-1": { messages: [email(2, 4)], nextLink: null },
    });
    renderInbox({ graph: graph.client });

    await userEvent.click(await screen.findByRole("button", { name: "Cargar más" }));

    await waitFor(() => expect(itemsOf()).toHaveLength(2));
    expect(graph.calls).toEqual([null, "https://graph/next-1"]);
    expect(screen.queryByRole("button", { name: "Cargar más" })).not.toBeInTheDocument();
  });

  it("opens the oldest email without a ticket in Outlook's message form", async () => {
    const graph = fakeGraph({ first: { messages: [email(1, 9), email(2, 8), email(3, 7)], nextLink: null } });
    const openMessage = jest.fn(() => Promise.resolve());
    const backend = fakeBackend({ findTicketsByMessageIds: ticketsFor({ "<m1@cliente.example>": "TMP-000001" }) });
    renderInbox({ graph: graph.client, backend, mailbox: fakeMailbox({ openMessage }) });
    await waitFor(() => expect(itemsOf()).toHaveLength(3));

    await userEvent.click(screen.getByRole("button", { name: "Siguiente sin ticket" }));

    expect(openMessage).toHaveBeenCalledWith("AAk-2=");
  });

  it("reads further pages to find the next email without a ticket", async () => {
    const graph = fakeGraph({
      first: { messages: [email(1, 9)], nextLink: "https://graph/next-1" },
      "https://graph/next-1": { messages: [email(2, 8)], nextLink: null },
    });
    const openMessage = jest.fn(() => Promise.resolve());
    const backend = fakeBackend({ findTicketsByMessageIds: ticketsFor({ "<m1@cliente.example>": "TMP-000001" }) });
    renderInbox({ graph: graph.client, backend, mailbox: fakeMailbox({ openMessage }) });
    await waitFor(() => expect(itemsOf()).toHaveLength(1));

    await userEvent.click(screen.getByRole("button", { name: "Siguiente sin ticket" }));

    await waitFor(() => expect(openMessage).toHaveBeenCalledWith("AAk-2="));
    expect(itemsOf()).toHaveLength(2);
  });

  it("says so when every email has a ticket", async () => {
    const graph = fakeGraph({ first: { messages: [email(1, 9)], nextLink: null } });
    const openMessage = jest.fn(() => Promise.resolve());
    const backend = fakeBackend({ findTicketsByMessageIds: ticketsFor({ "<m1@cliente.example>": "TMP-000001" }) });
    renderInbox({ graph: graph.client, backend, mailbox: fakeMailbox({ openMessage }) });
    await waitFor(() => expect(itemsOf()).toHaveLength(1));

    await userEvent.click(screen.getByRole("button", { name: "Siguiente sin ticket" }));

    expect(await screen.findByText("Todos los correos de la bandeja tienen ticket.")).toBeInTheDocument();
    expect(openMessage).not.toHaveBeenCalled();
  });

  it("opens an email from its subject, through Outlook on the web when the host cannot open forms", async () => {
    const graph = fakeGraph({ first: { messages: [email(1, 2)], nextLink: null } });
    const open = jest.spyOn(window, "open").mockReturnValue(null);
    renderInbox({ graph: graph.client, mailbox: fakeMailbox({}) });

    await userEvent.click(await screen.findByRole("button", { name: "Problema 1" }));

    expect(open).toHaveBeenCalledWith("https://outlook.office.com/mail/1", "_blank", "noopener");
    open.mockRestore();
  });
});

describe("InboxView when something fails", () => {
  it("shows persistent Graph throttling in Spanish and Reintentar loads the inbox", async () => {
    const pages: Record<string, InboxPage | Error> = {
      first: new GraphError("throttled", "throttled", { status: 429, retryAfterSeconds: 30 }),
    };
    renderInbox({ graph: fakeGraph(pages).client });

    expect(await screen.findByText(/Microsoft 365 está limitando las solicitudes/)).toBeInTheDocument();
    expect(screen.getByText(/pide esperar 30 s/)).toBeInTheDocument();

    pages.first = { messages: [email(1, 2)], nextLink: null };
    await userEvent.click(screen.getByRole("button", { name: "Reintentar" }));

    await waitFor(() => expect(itemsOf()).toHaveLength(1));
    expect(screen.queryByText(/limitando/)).not.toBeInTheDocument();
  });

  it("says TicketMasterPro could not be asked when the ticket lookup fails, and retries", async () => {
    const lookup = jest
      .fn<Promise<Record<string, string>>, [string[]]>()
      .mockRejectedValueOnce(new BackendError({ kind: "unreachable" }))
      .mockResolvedValue({});
    const graph = fakeGraph({ first: { messages: [email(1, 2)], nextLink: null } });
    renderInbox({ graph: graph.client, backend: fakeBackend({ findTicketsByMessageIds: lookup }) });

    expect(await screen.findByText(/No se pudo consultar a TicketMasterPro/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reintentar" }));

    await waitFor(() => expect(itemsOf()).toHaveLength(1));
  });

  it.each([
    ["forbidden", /No tienes permiso para leer este buzón/],
    ["unauthorized", /Tu sesión con Microsoft 365 ha caducado/],
    ["unreachable", /No se pudo conectar con Microsoft 365/],
  ] as const)("explains a %s Graph error", async (kind, text) => {
    renderInbox({ graph: fakeGraph({ first: new GraphError(kind, kind) }).client });

    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reintentar" })).toBeEnabled();
  });

  it("keeps the loaded emails when the next page fails, and retries that page", async () => {
    const pages: Record<string, InboxPage | Error> = {
      first: { messages: [email(1, 5)], nextLink: "https://graph/next-1" },
      "https://graph/next-1": new GraphError("server", "server", { status: 500 }),
    };
    const graph = fakeGraph(pages);
    renderInbox({ graph: graph.client });
    await userEvent.click(await screen.findByRole("button", { name: "Cargar más" }));
    expect(await screen.findByText("No se pudieron cargar más correos")).toBeInTheDocument();

    pages["https://graph/next-1"] = { messages: [email(2, 4)], nextLink: null };
    await userEvent.click(screen.getByRole("button", { name: "Reintentar" }));

    await waitFor(() => expect(itemsOf()).toHaveLength(2));
    expect(graph.calls).toEqual([null, "https://graph/next-1", "https://graph/next-1"]);
  });

  it("speaks English when Outlook does", async () => {
    renderInbox({ graph: fakeGraph({ first: new GraphError("throttled", "t") }).client, language: "en" });

    expect(await screen.findByText(/Microsoft 365 is throttling requests/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});
