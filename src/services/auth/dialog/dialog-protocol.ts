import { isSignInErrorKind, type SignInErrorKind } from "../sign-in-error";
import type { AccessToken } from "../token-cache";

/** What the sign-in dialog page sends back to the pane with `messageParent`: both tokens, or why not. */
export type DialogOutcome =
  | { type: "tokens"; api: AccessToken; graph: AccessToken }
  | { type: "error"; kind: SignInErrorKind; code: string | null };

export const AUTH_DIALOG_PAGE = "auth-dialog.html";

export function parseDialogOutcome(text: string): DialogOutcome | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;

  const outcome = value as Record<string, unknown>;
  if (outcome.type === "tokens" && isAccessToken(outcome.api) && isAccessToken(outcome.graph)) {
    return { type: "tokens", api: outcome.api, graph: outcome.graph };
  }
  if (outcome.type === "error" && isSignInErrorKind(outcome.kind)) {
    return { type: "error", kind: outcome.kind, code: typeof outcome.code === "string" ? outcome.code : null };
  }
  return null;
}

function isAccessToken(value: unknown): value is AccessToken {
  if (typeof value !== "object" || value === null) return false;

  const token = value as Record<string, unknown>;
  return typeof token.token === "string" && token.token.length > 0 && typeof token.expiresOn === "number";
}
