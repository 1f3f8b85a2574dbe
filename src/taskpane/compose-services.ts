import { createOfficeMailbox } from "../mailbox";
import { createBackendClient } from "../services/api";
import { createTokenProvider } from "../services/auth";
import type { MailboxPort } from "../workflow/ports";
import type { PaneServices } from "./PaneServicesContext";

/** Where the API lives, fixed at build time; the pane is normally served by the backend itself. */
export const API_BASE_URL = process.env.API_BASE_URL || "/api";

/** Wires the ports once Office is ready: the Office mailbox, the token provider, the backend client. */
export async function composePaneServices(mailbox: MailboxPort = createOfficeMailbox()): Promise<PaneServices> {
  const tokens = await createTokenProvider({ agent: () => mailbox.agent() });
  const backend = createBackendClient({ baseUrl: API_BASE_URL, tokens });

  return { mailbox, backend, tokens, language: mailbox.displayLanguage() };
}
