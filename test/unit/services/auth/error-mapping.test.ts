import { officeDialogError, toSignInError } from "../../../../src/services/auth/error-mapping";
import { SignInError, type SignInErrorKind } from "../../../../src/services/auth/sign-in-error";

/** Shapes as MSAL builds them: a name, an errorCode, often a subError, and the server's message. */
function msalError(name: string, errorCode: string, subError = "", errorMessage = "") {
  return Object.assign(new Error(errorMessage), { name, errorCode, subError, errorMessage });
}

describe("toSignInError", () => {
  const cases: [string, unknown, SignInErrorKind, string | null][] = [
    [
      "consent not granted (sub-error)",
      msalError("InteractionRequiredAuthError", "invalid_grant", "consent_required"),
      "consent-required",
      "consent_required",
    ],
    [
      "admin consent needed (AADSTS90094)",
      msalError("ServerError", "invalid_grant", "", "AADSTS90094: admin needed"),
      "consent-required",
      "AADSTS90094",
    ],
    [
      "user from another tenant (AADSTS50020)",
      msalError(
        "ServerError",
        "invalid_request",
        "",
        "AADSTS50020: User account from identity provider does not exist in tenant",
      ),
      "tenant-refused",
      "AADSTS50020",
    ],
    [
      "app unknown in the tenant (AADSTS700016)",
      msalError("ServerError", "unauthorized_client", "", "AADSTS700016: not found"),
      "tenant-refused",
      "AADSTS700016",
    ],
    [
      "refresh token expired (AADSTS700082)",
      msalError("InteractionRequiredAuthError", "invalid_grant", "", "AADSTS700082: expired"),
      "token-expired",
      "AADSTS700082",
    ],
    ["no session", msalError("InteractionRequiredAuthError", "login_required"), "signed-out", "login_required"],
    ["no account", msalError("ClientAuthError", "no_account_found"), "signed-out", "no_account_found"],
    ["the agent cancelled", msalError("BrowserAuthError", "user_cancelled"), "signed-out", "user_cancelled"],
    [
      "another interaction running",
      msalError("BrowserAuthError", "interaction_in_progress"),
      "interaction-required",
      "interaction_in_progress",
    ],
    [
      "interaction required without detail",
      msalError("InteractionRequiredAuthError", "invalid_grant"),
      "interaction-required",
      "invalid_grant",
    ],
    ["offline", msalError("ClientAuthError", "no_network_connectivity"), "unavailable", "no_network_connectivity"],
    [
      "bridge disabled",
      msalError("ClientAuthError", "nested_app_auth_bridge_disabled"),
      "unavailable",
      "nested_app_auth_bridge_disabled",
    ],
    ["an unknown MSAL code", msalError("AuthError", "something_new"), "unavailable", "something_new"],
    ["a code that is an Object member", msalError("AuthError", "constructor"), "unavailable", "constructor"],
    ["a plain error", new Error("boom"), "unavailable", null],
    ["not an error at all", null, "unavailable", null],
    ["the dialog closed by the agent (12006)", officeDialogError(12006), "signed-out", "office-12006"],
    ["a dialog already open (12007)", officeDialogError(12007), "interaction-required", "office-12007"],
    ["the dialog blocked (12009)", officeDialogError(12009), "interaction-required", "office-12009"],
    ["an unknown Office code", officeDialogError(12999), "unavailable", "office-12999"],
  ];

  it.each(cases)("maps %s", (_case, error, kind, code) => {
    const mapped = toSignInError(error);

    expect(mapped).toBeInstanceOf(SignInError);
    expect({ kind: mapped.kind, code: mapped.code }).toEqual({ kind, code });
  });

  it("returns a SignInError unchanged", () => {
    const original = new SignInError("tenant-refused", "x");

    expect(toSignInError(original)).toBe(original);
  });

  it("keeps the original error as the cause, for support", () => {
    const original = msalError("ServerError", "invalid_grant", "consent_required");

    expect(toSignInError(original).cause).toBe(original);
  });
});
