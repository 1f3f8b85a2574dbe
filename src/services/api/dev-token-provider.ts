import type { Person } from "../../core/contracts";
import type { TokenProvider } from "../../workflow/ports";

/**
 * The backend's development token: `dev.` + base64url of the agent's identity, accepted only by a server in
 * development mode on loopback. TODO(#6): replace with `createTokenProvider()` from `src/services/auth` (MSAL NAA),
 * which also keeps this provider out of production builds.
 */
export function createDevTokenProvider(agent: () => Person): TokenProvider {
  return {
    getAccessToken() {
      const { name, email } = agent();
      const identity = { id: email || "dev-agent", name: name || "Agente", email: email || "agent@localhost" };
      return Promise.resolve(`dev.${base64Url(JSON.stringify(identity))}`);
    },
  };
}

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
