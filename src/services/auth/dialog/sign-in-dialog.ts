import { PublicClientApplication, type AuthenticationResult } from "@azure/msal-browser";
import { resolveAuthSettings, type AuthSettings } from "../auth-settings";
import { toSignInError } from "../error-mapping";
import { msalLoggerOptions } from "../msal-logger";
import type { DialogOutcome } from "./dialog-protocol";

/**
 * The sign-in page the pane opens in an Office dialog when Outlook cannot broker tokens itself. It runs MSAL's
 * redirect flow on its own URL (registered as an SPA redirect URI), then hands the API and Graph tokens to the pane
 * with `messageParent`. Nothing is logged here: the page only ever holds identity data.
 */
export async function runAuthDialog(
  office: typeof Office = Office,
  createClient: (settings: AuthSettings) => DialogMsal = createMsal,
): Promise<void> {
  await office.onReady();

  const outcome = await signIn(createClient).catch((error: unknown): DialogOutcome => {
    const failure = toSignInError(error);
    return { type: "error", kind: failure.kind, code: failure.code };
  });

  // undefined: the page is navigating to Entra ID and will run again when it comes back.
  if (outcome) office.context.ui.messageParent(JSON.stringify(outcome));
}

/** The part of MSAL the dialog uses (a seam for tests). */
export type DialogMsal = Pick<
  PublicClientApplication,
  "initialize" | "handleRedirectPromise" | "acquireTokenRedirect" | "acquireTokenSilent"
>;

function createMsal(settings: AuthSettings): DialogMsal {
  return new PublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: pageUrl() },
    // Session storage dies with the dialog: the pane keeps the tokens it is sent, nothing stays behind here.
    cache: { cacheLocation: "sessionStorage" },
    system: { loggerOptions: msalLoggerOptions(() => undefined) },
  });
}

async function signIn(createClient: (settings: AuthSettings) => DialogMsal): Promise<DialogOutcome | undefined> {
  const settings = resolveAuthSettings();
  const msal = createClient(settings);
  await msal.initialize();

  const returned = await msal.handleRedirectPromise();
  if (!returned) {
    await startRedirect(msal, settings);
    return undefined;
  }

  const graph = await msal.acquireTokenSilent({ scopes: settings.scopes.graph, account: returned.account });
  return { type: "tokens", api: accessToken(returned), graph: accessToken(graph) };
}

/** One sign-in asks consent for the API and Graph together, so the agent sees a single consent screen. */
function startRedirect(msal: DialogMsal, settings: AuthSettings): Promise<void> {
  return msal.acquireTokenRedirect({ scopes: settings.scopes.api, extraScopesToConsent: settings.scopes.graph });
}

function accessToken(result: AuthenticationResult) {
  return { token: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_600_000 };
}

function pageUrl(): string {
  return `${location.origin}${location.pathname}`;
}
