import { resolveAuthSettings } from "./auth-settings";
import type { TokenProviderOptions } from "./create-token-provider";
import { createDevTokenProvider } from "./dev-token-provider";
import { createOfficeAuthHost } from "./office-auth-host";
import { readSimulatedSignIn } from "./simulated-sign-in";
import type { SignInTokenProvider } from "./token-provider";
import { silentAuthLog } from "./auth-log";

/**
 * The token provider of a development build (ADDIN_AUTH_MODE=development; never part of a production bundle):
 * real MSAL over the simulator's nested app auth bridge when the simulator offers its local token issuer, and the
 * backend's unsigned development token otherwise.
 */
export async function createDevelopmentProvider(options: TokenProviderOptions): Promise<SignInTokenProvider> {
  const simulated = readSimulatedSignIn();
  const host = simulated ? (options.host ?? createOfficeAuthHost()) : null;
  if (!simulated || !host?.supportsNestedAppAuth()) return createDevTokenProvider(options.agent);

  const settings = resolveAuthSettings({ ...simulated, host: location.host });
  const { createNestedAppAuthProvider } = await import("./nested-app-auth-provider");
  return createNestedAppAuthProvider(settings, options.log ?? silentAuthLog);
}
