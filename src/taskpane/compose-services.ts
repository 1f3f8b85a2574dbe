import { createOfficeMailbox } from "../mailbox";
import { createBackendClient } from "../services/api";
import { createTokenProvider, withSignInWatch, type SignInTokenProvider } from "../services/auth";
import type { EmailFacts } from "../core/contracts";
import type { MailboxPort, TokenAudience, TokenProvider } from "../workflow/ports";
import type { PaneServices } from "./PaneServicesContext";

/** Where the API lives, fixed at build time; the pane is normally served by the backend itself. */
export const API_BASE_URL = process.env.API_BASE_URL || "/api";

/**
 * Wires the ports once Office is ready: the Office mailbox, the token provider, the backend client. Synchronous, so
 * that the pane renders at once: the email is read and the token provider (MSAL, a chunk of its own) loads meanwhile.
 */
export function composePaneServices(office: MailboxPort = createOfficeMailbox()): {
  services: PaneServices;
  /** The selected email as read at start (what the first read of `services.mailbox` answers). */
  firstRead: Promise<EmailFacts | null>;
} {
  const { mailbox, firstRead } = withEmailReadAhead(office);
  // Watched, so that the pane can ask the agent to sign in again whichever request lost the session.
  const tokens = withSignInWatch(deferredTokenProvider(() => createTokenProvider({ agent: () => mailbox.agent() })));
  const backend = createBackendClient({ baseUrl: API_BASE_URL, tokens });

  return { services: { mailbox, backend, tokens, language: mailbox.displayLanguage() }, firstRead };
}

/** The provider `load` gives, started now and awaited by each call; a failed load is tried again by the next call. */
export function deferredTokenProvider(load: () => Promise<SignInTokenProvider>): TokenProvider & {
  invalidate(audience: TokenAudience): void;
} {
  let pending: Promise<SignInTokenProvider> | null = null;
  const provider = (): Promise<SignInTokenProvider> =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  void provider().catch(() => undefined);

  return {
    getAccessToken: async (audience) => (await provider()).getAccessToken(audience),
    // Registered before any later getAccessToken on the same promise, so the next token asked for is a fresh one.
    invalidate: (audience) =>
      void provider().then(
        (loaded) => loaded.invalidate(audience),
        () => undefined,
      ),
  };
}

/**
 * Starts reading the selected email now, while React renders the pane, and gives that answer to the first read;
 * every later read (a reload, another selection) asks Outlook again.
 */
export function withEmailReadAhead(mailbox: MailboxPort): {
  mailbox: MailboxPort;
  firstRead: Promise<EmailFacts | null>;
} {
  const firstRead = mailbox.readCurrentEmail();
  let ahead: Promise<EmailFacts | null> | null = firstRead;
  // A failure is reported to the first reader; until then it must not count as unhandled.
  firstRead.catch(() => undefined);

  const reading: MailboxPort = {
    ...mailbox,
    readCurrentEmail() {
      const first = ahead;
      ahead = null;
      return first ?? mailbox.readCurrentEmail();
    },
    onItemChanged: (listener) =>
      mailbox.onItemChanged(() => {
        ahead = null;
        listener();
      }),
  };
  return { mailbox: reading, firstRead };
}
