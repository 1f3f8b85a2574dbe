/**
 * Why the pane could not get a token, in the terms the agent can act on. The pane renders each kind with the
 * text from `sign-in-strings.ts`; `code` keeps the identity platform's code (AADSTS…, MSAL, Office) for support.
 */
export type SignInErrorKind =
  "consent-required" | "signed-out" | "tenant-refused" | "interaction-required" | "unavailable" | "token-expired";

export const SIGN_IN_ERROR_KINDS: readonly SignInErrorKind[] = [
  "consent-required",
  "signed-out",
  "tenant-refused",
  "interaction-required",
  "unavailable",
  "token-expired",
];

export class SignInError extends Error {
  override name = "SignInError";

  constructor(
    readonly kind: SignInErrorKind,
    readonly code: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(code ? `sign-in failed: ${kind} (${code})` : `sign-in failed: ${kind}`, options);
  }
}

export function isSignInError(error: unknown): error is SignInError {
  return error instanceof SignInError;
}

export function isSignInErrorKind(value: unknown): value is SignInErrorKind {
  return typeof value === "string" && (SIGN_IN_ERROR_KINDS as readonly string[]).includes(value);
}
