/**
 * Development builds only. The simulator can stand in for Outlook's sign-in: it installs a nested app auth bridge
 * that gets tokens from a local token issuer, and hands the pane the app registration that issuer plays. The pane
 * then signs in through MSAL exactly as in Outlook, and the backend validates real signed tokens.
 */
export interface SimulatedSignIn {
  clientId: string;
  tenantId: string;
  /** The backend's scope, e.g. api://127.0.0.1:3000/<api client id>/access_as_user. */
  apiScope: string;
}

declare global {
  interface Window {
    /** Set by the simulator's fake Office before the pane's bundle runs (src/simulator/install-fake-office.ts). */
    tmpSimulatedSignIn?: SimulatedSignIn;
  }
}

export function readSimulatedSignIn(): SimulatedSignIn | null {
  if (typeof window === "undefined") return null;

  const offered = window.tmpSimulatedSignIn;
  const complete = offered && [offered.clientId, offered.tenantId, offered.apiScope].every(isText);
  return complete ? { clientId: offered.clientId, tenantId: offered.tenantId, apiScope: offered.apiScope } : null;
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
