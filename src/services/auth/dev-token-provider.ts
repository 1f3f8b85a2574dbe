import type { Person } from "../../core/contracts";
import type { SignInTokenProvider } from "./token-provider";

/**
 * The backend's development token, `dev.` + base64url({ id, name, email }) of the agent Outlook reports. Only a
 * server in development mode on loopback accepts it. This module is loaded only when the pane is built with
 * ADDIN_AUTH_MODE=development, so a production bundle does not contain it.
 */
export function createDevTokenProvider(agent: () => Person): SignInTokenProvider {
  return {
    kind: "development",
    getAccessToken: () => Promise.resolve(developmentToken(agent())),
    invalidate: () => undefined,
  };
}

export function developmentToken(person: Person): string {
  const email = person.email.includes("@") ? person.email.trim() : "agente@localhost.example";
  const identity = { id: email.toLowerCase().slice(0, 128), name: person.name.trim().slice(0, 200) || "Agente", email };

  return `dev.${base64Url(JSON.stringify(identity))}`;
}

function base64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);

  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
