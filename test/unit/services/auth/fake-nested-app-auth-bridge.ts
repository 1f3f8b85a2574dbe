/**
 * A stand-in for the bridge Outlook injects as `window.nestedAppAuthBridge`, speaking the message protocol of
 * @azure/msal-browser 5.x (src/naa/BridgeProxy.ts): JSON requests with a requestId, JSON responses echoing it.
 * MSAL itself runs unmocked on top of it. If MSAL's major version changes, re-read that protocol.
 */
export const BRIDGE_PROTOCOL_MSAL_MAJOR = 5;

export interface BridgeTokenRequest {
  method: "GetToken" | "GetTokenPopup";
  scope: string;
  clientId: string;
}

export type BridgeAnswer =
  | { token: string; expiresIn?: number }
  | { error: { status: string; code?: string; subError?: string; description?: string } };

export interface FakeBridge {
  requests: BridgeTokenRequest[];
  /** Decides each token answer; the default grants every scope. */
  answer: (request: BridgeTokenRequest) => BridgeAnswer;
  uninstall(): void;
}

interface HostBridge {
  addEventListener(event: string, callback: (response: string) => void): void;
  removeEventListener(event: string, callback: (response: string) => void): void;
  postMessage(message: string): void;
}

type BridgeWindow = { nestedAppAuthBridge?: HostBridge };

const ACCOUNT = {
  homeAccountId: "oid-1.tenant-1",
  environment: "login.microsoftonline.com",
  tenantId: "tenant-1",
  username: "agent@contoso.example",
  localAccountId: "oid-1",
  name: "Agent",
};

export function installFakeBridge(): FakeBridge {
  const listeners = new Set<(response: string) => void>();
  const bridge: FakeBridge = {
    requests: [],
    answer: (request) => ({ token: `access-for ${request.scope}` }),
    uninstall: () => {
      delete (window as BridgeWindow).nestedAppAuthBridge;
    },
  };

  const reply = (payload: object) =>
    setTimeout(() => listeners.forEach((listener) => listener(JSON.stringify(payload))), 0);

  (window as BridgeWindow).nestedAppAuthBridge = {
    addEventListener: (_event, callback) => listeners.add(callback),
    removeEventListener: (_event, callback) => listeners.delete(callback),
    postMessage: (message) => {
      const request = JSON.parse(message) as {
        requestId: string;
        method: string;
        tokenParams?: { scope: string; clientId: string };
      };
      reply(respond(bridge, request));
    },
  };
  return bridge;
}

function respond(
  bridge: FakeBridge,
  request: { requestId: string; method: string; tokenParams?: { scope: string; clientId: string } },
): object {
  const envelope = { messageType: "NestedAppAuthResponse", requestId: request.requestId };

  if (request.method === "GetInitContext") {
    return { ...envelope, success: true, initContext: { sdkName: "fake-outlook", sdkVersion: "1.0" } };
  }

  const tokenRequest: BridgeTokenRequest = {
    method: request.method as BridgeTokenRequest["method"],
    scope: request.tokenParams?.scope ?? "",
    clientId: request.tokenParams?.clientId ?? "",
  };
  bridge.requests.push(tokenRequest);
  const answer = bridge.answer(tokenRequest);

  if ("error" in answer) return { ...envelope, success: false, error: answer.error };
  return {
    ...envelope,
    success: true,
    account: ACCOUNT,
    token: {
      access_token: answer.token,
      expires_in: answer.expiresIn ?? 3600,
      id_token: idToken(),
      properties: null,
      scope: tokenRequest.scope,
    },
  };
}

/** MSAL reads the ID token's claims but does not verify its signature; the bridge vouches for it. */
function idToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = {
    aud: "client",
    iss: "https://login.microsoftonline.com/tenant-1/v2.0",
    oid: "oid-1",
    tid: "tenant-1",
  };
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${encode({ alg: "RS256", typ: "JWT" })}.${encode({ ...claims, exp })}.sig`;
}
