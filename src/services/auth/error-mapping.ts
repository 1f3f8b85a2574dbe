import { SignInError, type SignInErrorKind } from "./sign-in-error";

/**
 * Turns what MSAL, Entra ID and Office report into the few situations the agent can act on. Matching is on codes,
 * never on message wording, and by duck typing so that this module does not pull MSAL into the pane's first load.
 */

const AADSTS_KINDS = codeMap({
  AADSTS65001: "consent-required", // the user or an administrator has not consented
  AADSTS65004: "consent-required", // the user declined consent
  AADSTS90094: "consent-required", // administrator consent is required
  AADSTS50020: "tenant-refused", // account from a tenant the app does not accept
  AADSTS700016: "tenant-refused", // the application is not found in the user's tenant
  AADSTS53003: "tenant-refused", // blocked by conditional access
  AADSTS50105: "tenant-refused", // the user is not assigned to the application
  AADSTS700082: "token-expired", // refresh token expired from inactivity
  AADSTS50173: "token-expired", // grant expired after a password change
  AADSTS50058: "signed-out", // no session to sign in silently with
  AADSTS50076: "interaction-required", // multi-factor authentication required
  AADSTS50079: "interaction-required", // multi-factor registration required
});

const MSAL_CODE_KINDS = codeMap({
  consent_required: "consent-required",
  login_required: "signed-out",
  no_account_error: "signed-out",
  no_account_found: "signed-out",
  user_cancelled: "signed-out",
  user_canceled: "signed-out",
  interaction_required: "interaction-required",
  interaction_in_progress: "interaction-required",
  popup_window_error: "interaction-required",
  empty_window_error: "interaction-required",
  no_network_connectivity: "unavailable",
  nested_app_auth_bridge_disabled: "unavailable",
  endpoints_resolution_error: "unavailable",
  post_request_failed: "unavailable",
  get_request_failed: "unavailable",
  token_refresh_required: "token-expired",
  bad_token: "signed-out",
  no_tokens_found: "signed-out",
});

/** Office dialog API errors (displayDialogAsync and DialogEventReceived). */
const OFFICE_DIALOG_KINDS = codeMap({
  12006: "signed-out", // the agent closed the sign-in window
  12007: "interaction-required", // a dialog is already open
  12009: "interaction-required", // the agent chose to ignore the dialog / pop-up blocked
  12011: "unavailable", // the browser's security zones block the dialog
  12002: "unavailable", // the dialog page could not be loaded
  12003: "unavailable", // the dialog page is not https
});

// A Map, not an object: a code such as "constructor" must not find Object.prototype's members.
function codeMap(entries: Record<string, SignInErrorKind>): ReadonlyMap<string, SignInErrorKind> {
  return new Map(Object.entries(entries));
}

interface MsalLikeError {
  errorCode?: unknown;
  subError?: unknown;
  errorMessage?: unknown;
  message?: unknown;
  name?: unknown;
}

export function toSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;

  if (error instanceof OfficeDialogError) {
    return new SignInError(OFFICE_DIALOG_KINDS.get(String(error.code)) ?? "unavailable", `office-${error.code}`, {
      cause: error,
    });
  }

  const msal = (typeof error === "object" && error !== null ? error : {}) as MsalLikeError;
  const [kind, code] = classify(msal);
  return new SignInError(kind, code, { cause: error });
}

function classify(error: MsalLikeError): [SignInErrorKind, string | null] {
  const aadsts = aadstsCode(error);
  const aadstsKind = aadsts ? AADSTS_KINDS.get(aadsts) : undefined;
  if (aadsts && aadstsKind) return [aadstsKind, aadsts];

  // The sub-error is the more specific of the two (e.g. invalid_grant / consent_required).
  for (const code of [error.subError, error.errorCode]) {
    const kind = typeof code === "string" ? MSAL_CODE_KINDS.get(code) : undefined;
    if (kind) return [kind, code as string];
  }

  const code = typeof error.errorCode === "string" && error.errorCode ? error.errorCode : aadsts;
  return [error.name === "InteractionRequiredAuthError" ? "interaction-required" : "unavailable", code];
}

function aadstsCode(error: MsalLikeError): string | null {
  const text = [error.errorMessage, error.message].filter((part) => typeof part === "string").join(" ");
  return /\bAADSTS\d{5,6}\b/.exec(text)?.[0] ?? null;
}

/** An Office dialog API error code (displayDialogAsync failure or DialogEventReceived), for `toSignInError`. */
export class OfficeDialogError extends Error {
  override name = "OfficeDialogError";

  constructor(readonly code: number) {
    super(`Office dialog error ${code}`);
  }
}

export function officeDialogError(code: number): OfficeDialogError {
  return new OfficeDialogError(code);
}
