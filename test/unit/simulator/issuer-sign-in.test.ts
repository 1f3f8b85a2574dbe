import { version as msalVersion } from "@azure/msal-browser";
import { readHostConfig } from "../../../src/simulator/host/host-config";
import { BRIDGE_PROTOCOL_MSAL_MAJOR } from "../../../src/simulator/auth/nested-app-auth-bridge";

const ISSUER = {
  issuer: "https://127.0.0.1:4443",
  clientId: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
  tenantId: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
  apiScope: "api://127.0.0.1/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/access_as_user",
};

describe("the simulator's sign-in with a local token issuer", () => {
  it("speaks the bridge protocol of the installed MSAL major version", () => {
    expect(Number(msalVersion.split(".")[0])).toBe(BRIDGE_PROTOCOL_MSAL_MAJOR);
  });

  it("is configured from the page's query and claims NestedAppAuth 1.1", () => {
    const config = readHostConfig(new URLSearchParams({ ...ISSUER, sets: "1.8" }));

    expect(config.signIn).toEqual({
      issuerUrl: ISSUER.issuer,
      clientId: ISSUER.clientId,
      tenantId: ISSUER.tenantId,
      apiScope: ISSUER.apiScope,
    });
    expect(config.sets).toEqual({ mailbox: "1.8", nestedappauth: "1.1" });
  });

  it("is off unless every value is given, so the pane keeps the development token", () => {
    const config = readHostConfig(new URLSearchParams({ issuer: ISSUER.issuer, clientId: ISSUER.clientId }));

    expect(config.signIn).toBeNull();
    expect(config.sets.nestedappauth).toBeUndefined();
  });
});
