/**
 * Why a request was refused. `reason` is a short fixed code for logs and tests; it never contains the token or
 * anything read from it, so it is safe to log.
 */
export type AuthFailureReason =
  | "missing-token"
  | "malformed-header"
  | "malformed-token"
  | "invalid-signature"
  | "unknown-key"
  | "algorithm-not-allowed"
  | "expired"
  | "not-yet-valid"
  | "wrong-audience"
  | "wrong-issuer"
  | "tenant-not-allowed"
  | "not-an-access-token"
  | "missing-claims"
  | "missing-scope"
  | "keys-unavailable";

export type AuthFailureStatus = 401 | 403 | 503;

export class AuthFailure extends Error {
  override name = "AuthFailure";

  constructor(
    readonly reason: AuthFailureReason,
    readonly status: AuthFailureStatus = 401,
  ) {
    super(`access token refused: ${reason}`);
  }
}
