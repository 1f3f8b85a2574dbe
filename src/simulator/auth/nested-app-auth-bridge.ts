/**
 * TEST-ONLY. A stand-in for the bridge Outlook injects as `window.nestedAppAuthBridge`, speaking the message protocol
 * of @azure/msal-browser 5.x (src/naa/BridgeProxy.ts): JSON requests carrying a requestId, JSON responses echoing it.
 * MSAL runs unmodified on top of it, as it does in Outlook. If MSAL's major version changes, re-read that protocol
 * (a unit test compares the installed version with this constant).
 */
export const BRIDGE_PROTOCOL_MSAL_MAJOR = 5;

export interface BridgeTokenRequest {
  method: "GetToken" | "GetTokenPopup";
  /** Space-separated, as MSAL sends them (it adds openid, profile and offline_access). */
  scope: string;
  clientId: string;
}

/** MSAL's BridgeError: a status such as USER_INTERACTION_REQUIRED, with the identity platform's codes. */
export interface BridgeError {
  status: string;
  code?: string;
  subError?: string;
  description?: string;
}

export interface BridgeAccount {
  homeAccountId: string;
  environment: string;
  tenantId: string;
  username: string;
  localAccountId: string;
  name: string;
}

/** What Outlook's broker answers: the tokens and the account, or an error. */
export type BridgeAnswer =
  | { account: BridgeAccount; token: { access_token: string; id_token: string; expires_in: number; scope: string } }
  | { error: BridgeError };

export type AnswerTokenRequest = (request: BridgeTokenRequest) => Promise<BridgeAnswer>;

interface HostBridge {
  addEventListener(event: string, callback: (response: string) => void): void;
  removeEventListener(event: string, callback: (response: string) => void): void;
  postMessage(message: string): void;
}

interface BridgeRequest {
  requestId: string;
  method: string;
  tokenParams?: { scope?: string; clientId?: string };
}

export function installNestedAppAuthBridge(target: Window, answer: AnswerTokenRequest): { uninstall(): void } {
  const listeners = new Set<(response: string) => void>();
  const reply = (payload: object) => listeners.forEach((listener) => listener(JSON.stringify(payload)));

  const bridge: HostBridge = {
    addEventListener: (_event, callback) => listeners.add(callback),
    removeEventListener: (_event, callback) => listeners.delete(callback),
    postMessage: (message) => {
      const request = JSON.parse(message) as BridgeRequest;
      // Outlook answers asynchronously; so does this, even when the answer is at hand.
      void respond(request, answer).then((payload) => setTimeout(() => reply(payload), 0));
    },
  };

  (target as Window & { nestedAppAuthBridge?: HostBridge }).nestedAppAuthBridge = bridge;
  return { uninstall: () => delete (target as Window & { nestedAppAuthBridge?: HostBridge }).nestedAppAuthBridge };
}

async function respond(request: BridgeRequest, answer: AnswerTokenRequest): Promise<object> {
  const envelope = { messageType: "NestedAppAuthResponse", requestId: request.requestId };

  if (request.method === "GetInitContext") {
    return { ...envelope, success: true, initContext: { sdkName: "ticketmasterpro-simulator", sdkVersion: "1.0" } };
  }
  if (request.method !== "GetToken" && request.method !== "GetTokenPopup") {
    return { ...envelope, success: false, error: { status: "PERSISTENT_ERROR", code: "unsupported_method" } };
  }

  const tokenRequest: BridgeTokenRequest = {
    method: request.method,
    scope: request.tokenParams?.scope ?? "",
    clientId: request.tokenParams?.clientId ?? "",
  };
  const answered = await answer(tokenRequest).catch((): BridgeAnswer => ({ error: { status: "NO_NETWORK" } }));

  if ("error" in answered) return { ...envelope, success: false, error: answered.error };
  return { ...envelope, success: true, account: answered.account, token: { ...answered.token, properties: null } };
}
