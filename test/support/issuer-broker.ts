import { decodeJwt } from "jose";
import type { MintOptions } from "./token-issuer";

/**
 * The local token issuer's answer to Outlook's broker (the simulator's nested app auth bridge): access and ID
 * tokens for the pane, or the error Entra ID would give. Tests script the answers through `decide`.
 */

export const GRAPH_AUDIENCE = "https://graph.microsoft.com";
export const GRAPH_SCOPES = "Mail.ReadWrite Mail.ReadWrite.Shared";

export type Audience = "api" | "graph";

export interface BrokerRequest {
  method: "GetToken" | "GetTokenPopup";
  scope: string;
  clientId: string;
  /** Which token the pane asked for, read from the scopes. */
  audience: Audience;
}

/** MSAL's BridgeError shape: a status and the identity platform's codes. */
export interface BrokerError {
  status: string;
  code?: string;
  subError?: string;
  description?: string;
}

export type BrokerDecision =
  /** Grants the token; `mint` changes it (a short life, another tenant); `reportedExpiresIn` is what MSAL is told. */
  { grant: true; mint?: MintOptions; reportedExpiresIn?: number } | { error: BrokerError };

export interface Broker {
  /** Every token request the pane's MSAL made through the bridge, in order. */
  requests: BrokerRequest[];
  /** Decides each answer; grants everything by default. Tests replace it. */
  decide: (request: BrokerRequest) => BrokerDecision;
}

export function createBroker(): Broker {
  return { requests: [], decide: () => ({ grant: true }) };
}

/** What the bridge hands MSAL: MSAL's AuthResult (account and token) or a BridgeError. */
export async function answerBroker(
  broker: Broker,
  body: { method?: unknown; scope?: unknown; clientId?: unknown },
  mint: (options: MintOptions) => Promise<string>,
): Promise<object> {
  const scope = typeof body.scope === "string" ? body.scope : "";
  const request: BrokerRequest = {
    method: body.method === "GetTokenPopup" ? "GetTokenPopup" : "GetToken",
    scope,
    clientId: typeof body.clientId === "string" ? body.clientId : "",
    audience: scope.includes(GRAPH_AUDIENCE) ? "graph" : "api",
  };
  broker.requests.push(request);

  const decision = broker.decide(request);
  if ("error" in decision) return { error: decision.error };

  const extra = decision.mint ?? {};
  const audienceClaims = request.audience === "graph" ? { aud: GRAPH_AUDIENCE, scp: GRAPH_SCOPES } : {};
  const tenant = typeof extra.claims?.tid === "string" ? { tid: extra.claims.tid } : {};
  const accessToken = await mint({ ...extra, claims: { ...audienceClaims, ...extra.claims } });
  const idToken = await mint({ kind: "id", claims: { aud: request.clientId, ...tenant } });

  return {
    account: accountOf(idToken),
    token: {
      access_token: accessToken,
      id_token: idToken,
      expires_in: decision.reportedExpiresIn ?? extra.expiresIn ?? 3600,
      scope,
    },
  };
}

function accountOf(idToken: string): object {
  const claims = decodeJwt(idToken) as Record<string, string>;
  return {
    homeAccountId: `${claims.oid}.${claims.tid}`,
    environment: "login.microsoftonline.com",
    tenantId: claims.tid,
    username: claims.preferred_username,
    localAccountId: claims.oid,
    name: claims.name,
  };
}
