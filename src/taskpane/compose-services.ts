import { createOfficeMailbox } from "../mailbox";
import { createBackendClient } from "../services/api";
import { createTokenProvider, withSignInWatch, type SignInTokenProvider } from "../services/auth";
import type { MailboxPort, TokenAudience, TokenProvider } from "../workflow/ports";
import type { PaneServices } from "./PaneServicesContext";

/** Where the API lives, fixed at build time; the pane is normally served by the backend itself. */
export const API_BASE_URL = process.env.API_BASE_URL || "/api";

/**
 * Wires the ports once Office is ready: the Office mailbox, the token provider, the backend client. Synchronous, so
 * that the pane renders the email at once: the token provider (MSAL, a chunk of its own) loads meanwhile.
 */
export function composePaneServices(mailbox: MailboxPort = createOfficeMailbox()): PaneServices {
  // Watched, so that the pane can ask the agent to sign in again whichever request lost the session.
  const tokens = withSignInWatch(deferredTokenProvider(() => createTokenProvider({ agent: () => mailbox.agent() })));
  const backend = createBackendClient({ baseUrl: API_BASE_URL, tokens });

  return { mailbox, backend, tokens, language: mailbox.displayLanguage() };
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
