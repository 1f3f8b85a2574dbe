import {
  createNestablePublicClientApplication,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenAudience } from "../../workflow/ports";
import type { AuthLog } from "./auth-log";
import type { AuthSettings } from "./auth-settings";
import { toSignInError } from "./error-mapping";
import { msalLoggerOptions } from "./msal-logger";
import { TokenCache, type AccessToken } from "./token-cache";
import type { SignInTokenProvider } from "./token-provider";

/**
 * Tokens through Outlook itself (nested app authentication): Outlook signs the agent in and brokers tokens for the
 * pane, so there is no sign-in page of our own. Loaded only when the host supports NestedAppAuth 1.1.
 */
export async function createNestedAppAuthProvider(settings: AuthSettings, log: AuthLog): Promise<SignInTokenProvider> {
  const msal = await createMsal(settings, log);
  // After a refusal MSAL's own cache would hand back the same token, so requests bypass it until a new one arrives.
  const refused = new Set<TokenAudience>();
  const cache = new TokenCache(async (audience) => {
    const token = await acquire(msal, settings.scopes[audience], refused.has(audience));
    refused.delete(audience);
    return token;
  });

  return {
    kind: "nested-app-auth",
    getAccessToken: (audience) => cache.get(audience),
    invalidate: (audience) => {
      refused.add(audience);
      cache.invalidate(audience);
    },
  };
}

async function createMsal(settings: AuthSettings, log: AuthLog): Promise<IPublicClientApplication> {
  try {
    return await createNestablePublicClientApplication({
      auth: { clientId: settings.clientId, authority: settings.authority },
      system: { loggerOptions: msalLoggerOptions(log) },
    });
  } catch (error) {
    throw toSignInError(error);
  }
}

/** Silently first (Outlook's cache or its session); interactively through Outlook when the platform asks for it. */
async function acquire(msal: IPublicClientApplication, scopes: string[], forceRefresh: boolean): Promise<AccessToken> {
  const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];

  try {
    const silent = { scopes, forceRefresh, ...(account ? { account } : {}) };
    return toAccessToken(msal, await msal.acquireTokenSilent(silent));
  } catch (silentError) {
    if (toSignInError(silentError).kind === "unavailable") throw toSignInError(silentError);
  }

  try {
    return toAccessToken(msal, await msal.acquireTokenPopup({ scopes }));
  } catch (interactiveError) {
    throw toSignInError(interactiveError);
  }
}

function toAccessToken(msal: IPublicClientApplication, result: AuthenticationResult): AccessToken {
  msal.setActiveAccount(result.account);

  // MSAL always sets expiresOn for access tokens; an hour is Entra ID's default should a host leave it out.
  return { token: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_600_000 };
}
