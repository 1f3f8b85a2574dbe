/** @jest-environment jsdom */
import { version as msalVersion } from "@azure/msal-browser";
import type { AuthLogLevel } from "../../../../src/services/auth/auth-log";
import type { AuthSettings } from "../../../../src/services/auth/auth-settings";
import { createNestedAppAuthProvider } from "../../../../src/services/auth/nested-app-auth-provider";
import type { SignInErrorKind } from "../../../../src/services/auth/sign-in-error";
import { BRIDGE_PROTOCOL_MSAL_MAJOR, installFakeBridge, type FakeBridge } from "./fake-nested-app-auth-bridge";
import { provideWebApis } from "./jsdom-web-apis";

provideWebApis();

const API_SCOPE = "api://localhost:3000/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/access_as_user";
const settings: AuthSettings = {
  clientId: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
  authority: "https://login.microsoftonline.com/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
  scopes: {
    api: [API_SCOPE],
    graph: ["https://graph.microsoft.com/Mail.ReadWrite", "https://graph.microsoft.com/Mail.ReadWrite.Shared"],
  },
};

let bridge: FakeBridge;
let logs: { level: AuthLogLevel; text: string }[];

function provider() {
  return createNestedAppAuthProvider(settings, (level, event, facts) =>
    logs.push({ level, text: `${event} ${JSON.stringify(facts ?? {})}` }),
  );
}

async function kindOf(promise: Promise<unknown>): Promise<SignInErrorKind> {
  const failure = (await promise.then(
    () => null,
    (error: unknown) => error,
  )) as { kind: SignInErrorKind } | null;
  if (!failure) throw new Error("expected a sign-in error");
  return failure.kind;
}

beforeEach(() => {
  bridge = installFakeBridge();
  logs = [];
});

afterEach(() => {
  bridge.uninstall();
});

describe("the nested app authentication provider", () => {
  it("speaks the bridge protocol of the installed MSAL major version", () => {
    expect(Number(msalVersion.split(".")[0])).toBe(BRIDGE_PROTOCOL_MSAL_MAJOR);
  });

  it("gets the API token silently through Outlook's bridge", async () => {
    const tokens = await provider();

    const token = await tokens.getAccessToken("api");

    expect(token).toBe(`access-for ${API_SCOPE}`);
    expect(bridge.requests).toEqual([
      { method: "GetToken", scope: expect.stringContaining(API_SCOPE) as unknown, clientId: settings.clientId },
    ]);
  });

  it("asks for the Graph mail scopes for the graph audience", async () => {
    const tokens = await provider();

    await tokens.getAccessToken("graph");

    const scope = bridge.requests[0]?.scope ?? "";
    expect(scope).toContain("https://graph.microsoft.com/Mail.ReadWrite");
    expect(scope).toContain("https://graph.microsoft.com/Mail.ReadWrite.Shared");
    expect(scope).not.toContain("access_as_user");
  });

  it("answers repeated calls from its cache without asking Outlook again", async () => {
    const tokens = await provider();

    await tokens.getAccessToken("api");
    await tokens.getAccessToken("api");

    expect(bridge.requests).toHaveLength(1);
  });

  it("asks Outlook again, bypassing every cache, after the token was refused", async () => {
    const tokens = await provider();
    await tokens.getAccessToken("api");

    tokens.invalidate("api");
    await tokens.getAccessToken("api");

    expect(bridge.requests.map((request) => request.method)).toEqual(["GetToken", "GetToken"]);
  });

  it("keeps bypassing MSAL's cache after a refused token until Outlook hands out a new one", async () => {
    let issued = 0;
    let sessionExpired = false;
    const expired = { status: "USER_INTERACTION_REQUIRED", code: "invalid_grant", description: "AADSTS700082" };
    bridge.answer = () => (sessionExpired ? { error: expired } : { token: `token-${++issued}` });
    const tokens = await provider();
    await tokens.getAccessToken("api");

    tokens.invalidate("api");
    sessionExpired = true;
    const failure = await kindOf(tokens.getAccessToken("api"));
    sessionExpired = false;
    const renewed = await tokens.getAccessToken("api");

    expect(failure).toBe("token-expired");
    expect(renewed).toBe("token-2");
  });

  it("signs in interactively through Outlook when the silent attempt needs interaction", async () => {
    bridge.answer = (request) =>
      request.method === "GetToken"
        ? { error: { status: "USER_INTERACTION_REQUIRED", code: "interaction_required" } }
        : { token: "after-popup" };
    const tokens = await provider();

    const token = await tokens.getAccessToken("api");

    expect(token).toBe("after-popup");
    expect(bridge.requests.map((request) => request.method)).toEqual(["GetToken", "GetTokenPopup"]);
  });

  const failures: [string, object, SignInErrorKind][] = [
    [
      "consent is missing",
      { status: "USER_INTERACTION_REQUIRED", code: "invalid_grant", description: "AADSTS65001: no consent" },
      "consent-required",
    ],
    [
      "consent is missing (the host's own code)",
      { status: "USER_INTERACTION_REQUIRED", code: "consent_required" },
      "consent-required",
    ],
    [
      "the tenant refuses the app",
      { status: "PERSISTENT_ERROR", code: "invalid_request", description: "AADSTS50020: not in tenant" },
      "tenant-refused",
    ],
    ["the agent cancels", { status: "USER_CANCEL" }, "signed-out"],
    [
      "the refresh token expired",
      { status: "USER_INTERACTION_REQUIRED", code: "invalid_grant", description: "AADSTS700082: expired" },
      "token-expired",
    ],
  ];

  it.each(failures)("reports %s after the interactive attempt", async (_case, error, kind) => {
    bridge.answer = () => ({ error: error as { status: string } });
    const tokens = await provider();

    const reported = await kindOf(tokens.getAccessToken("api"));

    expect(reported).toBe(kind);
    expect(bridge.requests.at(-1)?.method).toBe("GetTokenPopup");
  });

  it("reports unavailable at once when Outlook has no network, without a pop-up", async () => {
    bridge.answer = () => ({ error: { status: "NO_NETWORK" } });
    const tokens = await provider();

    const reported = await kindOf(tokens.getAccessToken("graph"));

    expect(reported).toBe("unavailable");
    expect(bridge.requests.map((request) => request.method)).toEqual(["GetToken"]);
  });

  it("logs nothing that identifies the agent or carries a token", async () => {
    bridge.answer = (request) =>
      request.method === "GetToken" ? { error: { status: "USER_INTERACTION_REQUIRED" } } : { token: "secret-token" };
    const tokens = await provider();

    await tokens.getAccessToken("api");

    const text = logs.map((entry) => entry.text).join("\n");
    expect(text).not.toContain("agent@contoso.example");
    expect(text).not.toContain("secret-token");
    expect(text).not.toContain("oid-1");
  });
});
