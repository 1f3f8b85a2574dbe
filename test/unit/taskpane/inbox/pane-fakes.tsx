import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { TextEncoder as NodeTextEncoder } from "node:util";
import type { Language } from "../../../../src/core/contracts";
import { PaneServicesProvider } from "../../../../src/taskpane/PaneServicesContext";
import type { MailboxPort, TicketBackend, TokenProvider } from "../../../../src/workflow/ports";

// The machine running the suite is shared; Fluent's first render in jsdom can take well over a second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks TextEncoder, which core's reply renderer uses to keep bodies under Outlook's limit.
globalThis.TextEncoder ??= NodeTextEncoder;

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Optional port methods stay absent unless a test gives them, so views take their fallback paths.
const OPTIONAL = new Set<PropertyKey>(["then", "openMessage", "listFollowUp", "theme"]);

/** A port whose unused methods fail loudly, so a test notices when a view calls something it did not expect. */
function strictFake<T extends object>(name: string, parts: Partial<T>): T {
  return new Proxy(parts, {
    get(target, key) {
      if (key in target) return target[key as keyof T];
      if (OPTIONAL.has(key)) return undefined;
      return () => Promise.reject(new Error(`${name}.${String(key)} was not expected in this test`));
    },
  }) as T;
}

export function fakeBackend(parts: Partial<TicketBackend>): TicketBackend {
  return strictFake("backend", parts);
}

export function fakeMailbox(parts: Partial<MailboxPort>): MailboxPort {
  return strictFake("mailbox", { agent: () => ({ name: "Ana Agente", email: "ana@empresa.example" }), ...parts });
}

export const fakeTokens: TokenProvider = { getAccessToken: () => Promise.resolve("token") };

export function renderInPane(
  view: ReactElement,
  services: { mailbox?: MailboxPort; backend?: TicketBackend; language?: Language },
) {
  const value = {
    mailbox: services.mailbox ?? fakeMailbox({}),
    backend: services.backend ?? fakeBackend({}),
    tokens: fakeTokens,
    language: services.language ?? "es",
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneServicesProvider services={value}>{view}</PaneServicesProvider>
    </FluentProvider>,
  );
}

export { hoursAgo, ticketFixture } from "./pane-fixtures";
