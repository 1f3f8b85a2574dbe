/** @jest-environment jsdom */
import type { AuthHost } from "../../../../src/services/auth/auth-host";
import type { AuthSettings } from "../../../../src/services/auth/auth-settings";
import { createTokenProvider } from "../../../../src/services/auth/create-token-provider";
import { createOfficeAuthHost } from "../../../../src/services/auth/office-auth-host";
import { installFakeBridge } from "./fake-nested-app-auth-bridge";
import { provideWebApis } from "./jsdom-web-apis";

provideWebApis();

const settings: AuthSettings = {
  clientId: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
  authority: "https://login.microsoftonline.com/organizations",
  scopes: { api: ["api://localhost/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/access_as_user"], graph: ["Mail.ReadWrite"] },
};
const agent = () => ({ name: "Lucía Fernández", email: "lucia@contoso.example" });

/** Just enough of Office for the requirement check; `NestedAppAuth` answers as the test says. */
function fakeOffice(nestedAppAuth: boolean | "throws") {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => {
          if (nestedAppAuth === "throws") throw new Error("requirements API missing");
          return name === "NestedAppAuth" && version === "1.1" && nestedAppAuth;
        },
      },
    },
  } as unknown as typeof Office;
}

const savedMode = process.env.ADDIN_AUTH_MODE;

afterEach(() => {
  process.env.ADDIN_AUTH_MODE = savedMode;
});

describe("createTokenProvider", () => {
  it("uses Outlook's nested app authentication when the host supports NestedAppAuth 1.1", async () => {
    const bridge = installFakeBridge();
    process.env.ADDIN_AUTH_MODE = "";

    const provider = await createTokenProvider({ agent, settings, host: createOfficeAuthHost(fakeOffice(true)) });
    bridge.uninstall();

    expect(provider.kind).toBe("nested-app-auth");
  });

  it.each([false, "throws"] as const)("falls back to the Office dialog when NestedAppAuth is %s", async (support) => {
    process.env.ADDIN_AUTH_MODE = "";

    const provider = await createTokenProvider({ agent, settings, host: createOfficeAuthHost(fakeOffice(support)) });

    expect(provider.kind).toBe("office-dialog");
  });

  it("uses the development provider in a development build, without asking the host", async () => {
    process.env.ADDIN_AUTH_MODE = "development";
    const host: AuthHost = {
      supportsNestedAppAuth: () => {
        throw new Error("the host must not be consulted");
      },
      openDialog: () => Promise.reject(new Error("no dialog")),
    };

    const provider = await createTokenProvider({ agent, host });

    expect(provider.kind).toBe("development");
    await expect(provider.getAccessToken("api")).resolves.toMatch(/^dev\./);
  });

  it("reports unavailable when the pane was built without a client id", async () => {
    process.env.ADDIN_AUTH_MODE = "";
    const host = createOfficeAuthHost(fakeOffice(true));

    const attempt = createTokenProvider({ agent, host });

    await expect(attempt).rejects.toMatchObject({
      name: "SignInError",
      kind: "unavailable",
      code: "pane-not-configured",
    });
  });

  describe("in a development build inside the simulator", () => {
    const simulated = {
      clientId: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
      tenantId: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
      apiScope: "api://127.0.0.1/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/access_as_user",
    };

    afterEach(() => {
      delete window.tmpSimulatedSignIn;
    });

    it("signs in with MSAL over the simulator's bridge when it offers the local token issuer", async () => {
      process.env.ADDIN_AUTH_MODE = "development";
      window.tmpSimulatedSignIn = simulated;
      const bridge = installFakeBridge();

      const provider = await createTokenProvider({ agent, host: createOfficeAuthHost(fakeOffice(true)) });
      const token = await provider.getAccessToken("api");
      bridge.uninstall();

      expect(provider.kind).toBe("nested-app-auth");
      expect(token).toContain(simulated.apiScope);
      expect(bridge.requests[0]?.clientId).toBe(simulated.clientId);
    });

    it("keeps the development token when the simulated Outlook lacks nested app authentication", async () => {
      process.env.ADDIN_AUTH_MODE = "development";
      window.tmpSimulatedSignIn = simulated;

      const provider = await createTokenProvider({ agent, host: createOfficeAuthHost(fakeOffice(false)) });

      expect(provider.kind).toBe("development");
    });

    it("ignores an incomplete offer", async () => {
      process.env.ADDIN_AUTH_MODE = "development";
      window.tmpSimulatedSignIn = { ...simulated, clientId: " " };

      const provider = await createTokenProvider({ agent, host: createOfficeAuthHost(fakeOffice(true)) });

      expect(provider.kind).toBe("development");
    });
  });
});
