import type { Person } from "../../core/contracts";
import type { AuthHost } from "./auth-host";
import { silentAuthLog, type AuthLog } from "./auth-log";
import { resolveAuthSettings, type AuthSettings } from "./auth-settings";
import { createOfficeAuthHost } from "./office-auth-host";
import type { SignInTokenProvider } from "./token-provider";

export interface TokenProviderOptions {
  /** The agent Outlook reports; used only by the development provider. */
  agent: () => Person;
  /** Defaults to Office.js. */
  host?: AuthHost;
  /** Defaults to the values fixed at build time. */
  settings?: AuthSettings;
  /** The pane's origin, where the sign-in dialog page is served; defaults to location.origin. */
  origin?: string;
  log?: AuthLog;
}

/**
 * The one TokenProvider of the pane: the development provider in a development build (or, in the simulator, MSAL
 * over the simulator's bridge to a local token issuer); otherwise Outlook's nested app authentication where the
 * host supports it, and the Office dialog elsewhere. Each is loaded on demand, so
 * MSAL stays out of the pane's first download and the development provider out of production builds.
 */
export async function createTokenProvider(options: TokenProviderOptions): Promise<SignInTokenProvider> {
  // The condition is written out in full so that webpack's DefinePlugin turns it into a constant and drops the
  // development branch, import included, from production bundles.
  if (process.env.ADDIN_AUTH_MODE === "development") {
    const { createDevelopmentProvider } = await import("./development-provider");
    return createDevelopmentProvider(options);
  }

  const settings = options.settings ?? resolveAuthSettings();
  const host = options.host ?? createOfficeAuthHost();
  const log = options.log ?? silentAuthLog;

  if (host.supportsNestedAppAuth()) {
    log("info", "sign-in.provider", { provider: "nested-app-auth" });
    const { createNestedAppAuthProvider } = await import("./nested-app-auth-provider");
    return createNestedAppAuthProvider(settings, log);
  }

  log("info", "sign-in.provider", { provider: "office-dialog" });
  const { createOfficeDialogProvider } = await import("./office-dialog-provider");
  return createOfficeDialogProvider({ host, origin: options.origin ?? location.origin });
}
