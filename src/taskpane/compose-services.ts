import { createOfficeMailbox } from "../mailbox";
import { createBackendClient } from "../services/api";
import type { MailboxPort } from "../workflow/ports";
import { createDevTokenProvider } from "../services/api/dev-token-provider";
import type { PaneServices } from "./PaneServicesContext";

/** Wires the ports once Office is ready: the Office mailbox, the token provider, the backend client. */
export function composePaneServices(mailbox: MailboxPort = createOfficeMailbox()): PaneServices {
  const tokens = createDevTokenProvider(() => mailbox.agent());
  // The pane is served by the backend itself, so the API is on the same origin.
  const backend = createBackendClient({ baseUrl: "", tokens });

  return { mailbox, backend, tokens, language: mailbox.displayLanguage() };
}
