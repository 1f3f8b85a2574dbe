import type { TokenAudience } from "../../workflow/ports";
import { SignInError } from "./sign-in-error";

/**
 * The pane's sign-in settings. They are fixed when the pane is built: webpack's DefinePlugin replaces each
 * ADDIN_* variable read below with its value at build time (see README, "Production configuration"); each must
 * stay written out as a literal process.env member for the replacement to find it.
 */
export interface AuthSettings {
  /** The pane's app registration (the same as the API's in a single-app setup). */
  clientId: string;
  /** https://login.microsoftonline.com/<tenant>, or …/organizations when no tenant is set. */
  authority: string;
  scopes: Record<TokenAudience, string[]>;
}

/** Build-time variables the pane reads; the README test checks the documented configuration against them. */
export const PANE_AUTH_BUILD_VARS = [
  "ADDIN_AUTH_MODE",
  "ADDIN_CLIENT_ID",
  "ADDIN_TENANT_ID",
  "ADDIN_API_SCOPE",
] as const;

/** Without a client id a production pane cannot sign anyone in. */
export const PANE_REQUIRED_PRODUCTION_BUILD_VARS = ["ADDIN_CLIENT_ID"] as const;

/** Delegated Graph permissions: the agent's own and shared support mailboxes, read and categorise. */
export const GRAPH_SCOPES = [
  "https://graph.microsoft.com/Mail.ReadWrite",
  "https://graph.microsoft.com/Mail.ReadWrite.Shared",
];

export const API_SCOPE_NAME = "access_as_user";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BuildValues {
  clientId?: string;
  tenantId?: string;
  apiScope?: string;
  /** The host the pane is served from, for the default Application ID URI api://<host>/<client id>. */
  host: string;
}

export function readBuildValues(): BuildValues {
  return {
    clientId: process.env.ADDIN_CLIENT_ID,
    tenantId: process.env.ADDIN_TENANT_ID,
    apiScope: process.env.ADDIN_API_SCOPE,
    host: typeof location === "undefined" ? "localhost" : location.host,
  };
}

/** Settings for Entra ID sign-in; a pane built without a client id cannot sign in, which is "unavailable". */
export function resolveAuthSettings(values: BuildValues = readBuildValues()): AuthSettings {
  const clientId = values.clientId?.trim() ?? "";
  if (!GUID.test(clientId)) throw new SignInError("unavailable", "pane-not-configured");

  const tenant = values.tenantId?.trim() || "organizations";
  const apiScope = values.apiScope?.trim() || `api://${values.host}/${clientId}/${API_SCOPE_NAME}`;

  return {
    clientId,
    authority: `https://login.microsoftonline.com/${tenant}`,
    scopes: { api: [apiScope], graph: GRAPH_SCOPES },
  };
}
