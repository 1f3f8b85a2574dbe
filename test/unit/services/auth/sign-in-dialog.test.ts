/** @jest-environment jsdom */
import { runAuthDialog, type DialogMsal } from "../../../../src/services/auth/dialog/sign-in-dialog";
import { parseDialogOutcome } from "../../../../src/services/auth/dialog/dialog-protocol";

const CLIENT = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

function fakeOffice() {
  const sent: string[] = [];
  const office = {
    onReady: () => Promise.resolve({}),
    context: { ui: { messageParent: (message: string) => sent.push(message) } },
  } as unknown as typeof Office;
  return { office, sent };
}

function result(token: string) {
  return { accessToken: token, expiresOn: new Date(Date.now() + 3_600_000), account: { homeAccountId: "h" } };
}

/** MSAL as the dialog sees it: `returning` is what handleRedirectPromise finds in the URL. */
function fakeMsal(returning: ReturnType<typeof result> | null, failure?: Error) {
  const calls: string[] = [];
  const msal = {
    initialize: () => Promise.resolve(),
    handleRedirectPromise: () => (failure ? Promise.reject(failure) : Promise.resolve(returning)),
    acquireTokenRedirect: (request: { scopes: string[]; extraScopesToConsent?: string[] }) => {
      calls.push(`redirect ${request.scopes.join(" ")} + ${request.extraScopesToConsent?.join(" ") ?? ""}`);
      return Promise.resolve();
    },
    acquireTokenSilent: (request: { scopes: string[] }) => {
      calls.push(`silent ${request.scopes.join(" ")}`);
      return Promise.resolve(result("graph-token"));
    },
  } as unknown as DialogMsal;
  return { msal, calls };
}

beforeEach(() => {
  process.env.ADDIN_CLIENT_ID = CLIENT;
});

afterEach(() => {
  delete process.env.ADDIN_CLIENT_ID;
});

describe("the sign-in dialog page", () => {
  it("starts the redirect with the API scope and Graph consent together, and sends nothing yet", async () => {
    const { office, sent } = fakeOffice();
    const { msal, calls } = fakeMsal(null);

    await runAuthDialog(office, () => msal);

    expect(sent).toEqual([]);
    expect(calls).toEqual([
      `redirect api://localhost/${CLIENT}/access_as_user + ` +
        "https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/Mail.ReadWrite.Shared",
    ]);
  });

  it("on return sends the API token and a Graph token to the pane", async () => {
    const { office, sent } = fakeOffice();
    const { msal } = fakeMsal(result("api-token"));

    await runAuthDialog(office, () => msal);

    expect(sent).toHaveLength(1);
    expect(parseDialogOutcome(sent[0] ?? "")).toMatchObject({
      type: "tokens",
      api: { token: "api-token" },
      graph: { token: "graph-token" },
    });
  });

  it("sends the kind of failure, and no token, when Entra ID refuses", async () => {
    const { office, sent } = fakeOffice();
    const refusal = Object.assign(new Error("AADSTS65001: consent"), {
      errorCode: "invalid_grant",
      errorMessage: "AADSTS65001: consent",
    });
    const { msal } = fakeMsal(null, refusal);

    await runAuthDialog(office, () => msal);

    expect(parseDialogOutcome(sent[0] ?? "")).toEqual({ type: "error", kind: "consent-required", code: "AADSTS65001" });
  });
});
