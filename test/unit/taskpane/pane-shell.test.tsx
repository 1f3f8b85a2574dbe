/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import type { SignInTokenProvider } from "../../../src/services/auth";
import { App } from "../../../src/taskpane/App";
import { deferredTokenProvider, withEmailReadAhead } from "../../../src/taskpane/compose-services";
import type { PaneThemeName } from "../../../src/taskpane/pane-theme";
import { aCustomer, anEmail, aMatch } from "../workflow/support/builders";
import { FakeBackend } from "../workflow/support/fake-backend";
import { FakeMailbox } from "../workflow/support/fake-mailbox";
import { renderPane } from "./support/render-pane";

function backendHoldingMatches() {
  const backend = new FakeBackend();
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const matchCustomers = backend.matchCustomers;
  backend.matchCustomers = async (query) => {
    await answered;
    return matchCustomers(query);
  };
  backend.matches = [aMatch(aCustomer({ id: "c-lucia" }), "email")];
  return { backend, answer };
}

describe("The pane's shell", () => {
  it("shows who wrote the email and its subject before the CRM has answered", async () => {
    const { backend, answer } = backendHoldingMatches();
    renderPane({ backend });

    const email = await screen.findByRole("region", { name: "Correo seleccionado" });

    expect(email).toHaveTextContent("Lucía Pérez");
    expect(email).toHaveTextContent("lucia@acme.example");
    expect(email).toHaveTextContent("No puedo acceder a la factura");
    expect(screen.getByText("Analizando el correo y buscando al cliente…")).toBeInTheDocument();
    answer();
    expect(await screen.findByRole("heading", { name: "Cliente" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Correo seleccionado" })).toHaveTextContent("Lucía Pérez");
  });

  it("shows the subject as text, markup included, and a word when there is none", async () => {
    const { backend } = backendHoldingMatches();
    const mailbox = new FakeMailbox(anEmail({ subject: "<b>Urgente</b> factura" }));
    renderPane({ backend, mailbox });
    const region = await screen.findByRole("region", { name: "Correo seleccionado" });
    expect(region).toHaveTextContent("<b>Urgente</b> factura");
    expect(region.querySelector("b")).toBeNull();

    act(() => mailbox.select(anEmail({ internetMessageId: "<m2@x>", subject: "" })));

    expect(await screen.findByText("(sin asunto)")).toBeInTheDocument();
  });

  it("moves between tabs with the arrow keys, Home and End, one tab in the Tab order", async () => {
    const { user } = renderPane();
    const tablist = await screen.findByRole("tablist", { name: "Secciones del panel" });
    const tab = (name: string) => within(tablist).getByRole("tab", { name });
    await user.click(tab("Ticket"));

    await user.keyboard("{ArrowRight}");
    expect(tab("Bandeja")).toHaveFocus();
    expect(tab("Bandeja")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{End}");
    expect(tab("Pendientes")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Ticket")).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(tab("Pendientes")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Home}");

    expect(tab("Ticket")).toHaveAttribute("aria-selected", "true");
    expect(
      within(tablist)
        .getAllByRole("tab")
        .map((t) => t.tabIndex),
    ).toEqual([0, -1, -1]);
    expect(screen.getByRole("tabpanel", { name: "Ticket" })).toBeVisible();
  });
});

describe("deferredTokenProvider", () => {
  function provider(token: string, invalidated: string[] = []): SignInTokenProvider {
    return {
      kind: "development",
      getAccessToken: () => Promise.resolve(token),
      invalidate: (audience) => void invalidated.push(audience),
    };
  }

  it("starts loading the provider at once and hands its tokens out", async () => {
    let loads = 0;
    const tokens = deferredTokenProvider(() => (loads++, Promise.resolve(provider("tok"))));

    expect(loads).toBe(1);
    expect(await tokens.getAccessToken("api")).toBe("tok");
    expect(await tokens.getAccessToken("graph")).toBe("tok");
    expect(loads).toBe(1);
  });

  it("loads again after a failed load, so that Volver a intentarlo can succeed", async () => {
    let loads = 0;
    const tokens = deferredTokenProvider(() =>
      ++loads === 1 ? Promise.reject(new Error("chunk")) : Promise.resolve(provider("tok")),
    );

    await expect(tokens.getAccessToken("api")).rejects.toThrow("chunk");

    await expect(tokens.getAccessToken("api")).resolves.toBe("tok");
    expect(loads).toBe(2);
  });

  it("passes an invalidation on before the next token is asked for", async () => {
    const invalidated: string[] = [];
    const tokens = deferredTokenProvider(() => Promise.resolve(provider("tok", invalidated)));

    tokens.invalidate("api");
    await tokens.getAccessToken("api");

    expect(invalidated).toEqual(["api"]);
  });
});

describe("The pane's theme", () => {
  it("follows the host's theme when it changes while the pane is open", async () => {
    let tell: (theme: PaneThemeName) => void = () => undefined;
    const stopped = jest.fn();
    const followTheme = (listener: (theme: PaneThemeName) => void) => {
      tell = listener;
      return Promise.resolve(stopped);
    };
    const backend = new FakeBackend();
    const mailbox = new FakeMailbox(anEmail());
    const services = {
      mailbox,
      backend,
      tokens: { getAccessToken: () => Promise.resolve("t") },
      language: "es" as const,
    };
    const { container, unmount } = render(<App services={services} theme="light" followTheme={followTheme} />);
    const provider = () => container.querySelector("[data-theme]");
    expect(provider()).toHaveAttribute("data-theme", "light");

    act(() => tell("dark"));
    expect(provider()).toHaveAttribute("data-theme", "dark");
    act(() => tell("high-contrast"));
    expect(provider()).toHaveAttribute("data-theme", "high-contrast");
    unmount();

    await waitFor(() => expect(stopped).toHaveBeenCalled());
  });
});

describe("withEmailReadAhead", () => {
  it("answers the first read with the email read at start, and asks Outlook again after that", async () => {
    const mailbox = new FakeMailbox(anEmail());
    let reads = 0;
    const readCurrentEmail = mailbox.readCurrentEmail;
    mailbox.readCurrentEmail = () => (reads++, readCurrentEmail());
    const ahead = withEmailReadAhead(mailbox).mailbox;
    expect(reads).toBe(1);

    expect(await ahead.readCurrentEmail()).toMatchObject({ subject: "No puedo acceder a la factura" });
    expect(reads).toBe(1);
    await ahead.readCurrentEmail();
    expect(reads).toBe(2);
  });

  it("does not hand out the email read at start once another one is selected", async () => {
    const mailbox = new FakeMailbox(anEmail());
    const ahead = withEmailReadAhead(mailbox).mailbox;
    await ahead.onItemChanged(() => undefined);

    mailbox.select(anEmail({ internetMessageId: "<m2@x>", subject: "Otro correo" }));

    expect(await ahead.readCurrentEmail()).toMatchObject({ subject: "Otro correo" });
  });
});

describe("The email read before the first render", () => {
  it("is on screen in the first render, and Outlook is not asked for it again", async () => {
    const email = anEmail();
    const mailbox = new FakeMailbox(email);
    const readCurrentEmail = jest.spyOn(mailbox, "readCurrentEmail");
    const { backend } = backendHoldingMatches();
    const services = {
      mailbox,
      backend,
      tokens: { getAccessToken: () => Promise.resolve("t") },
      language: "es" as const,
    };
    let handedOver = false;
    const takeOpeningEmail = () => (handedOver ? undefined : ((handedOver = true), email));

    render(<App services={services} theme="light" takeOpeningEmail={takeOpeningEmail} />);

    expect(screen.getByRole("region", { name: "Correo seleccionado" })).toHaveTextContent("Lucía Pérez");
    await screen.findByText("Analizando el correo y buscando al cliente…");
    expect(readCurrentEmail).not.toHaveBeenCalled();
  });
});
