import {
  BRIDGE_PROTOCOL_MSAL_MAJOR,
  installNestedAppAuthBridge,
  type BridgeTokenRequest,
} from "../../../../src/simulator/auth/nested-app-auth-bridge";

/**
 * Outlook's nested app auth bridge for unit tests: the simulator's own bridge (the protocol of the installed MSAL
 * major version) with answers decided in the test. MSAL itself runs unmocked on top of it.
 */
export { BRIDGE_PROTOCOL_MSAL_MAJOR, type BridgeTokenRequest };

export type FakeAnswer =
  | { token: string; expiresIn?: number }
  | { error: { status: string; code?: string; subError?: string; description?: string } };

export interface FakeBridge {
  requests: BridgeTokenRequest[];
  /** Decides each token answer; the default grants every scope. */
  answer: (request: BridgeTokenRequest) => FakeAnswer;
  uninstall(): void;
}

const ACCOUNT = {
  homeAccountId: "oid-1.tenant-1",
  environment: "login.microsoftonline.com",
  tenantId: "tenant-1",
  username: "agent@contoso.example",
  localAccountId: "oid-1",
  name: "Agent",
};

export function installFakeBridge(): FakeBridge {
  const bridge: FakeBridge = {
    requests: [],
    answer: (request) => ({ token: `access-for ${request.scope}` }),
    uninstall: () => installed.uninstall(),
  };

  const installed = installNestedAppAuthBridge(window, (request) => {
    bridge.requests.push(request);
    const answer = bridge.answer(request);
    if ("error" in answer) return Promise.resolve(answer);

    const token = { access_token: answer.token, expires_in: answer.expiresIn ?? 3600, id_token: idToken() };
    return Promise.resolve({ account: ACCOUNT, token: { ...token, scope: request.scope } });
  });
  return bridge;
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
