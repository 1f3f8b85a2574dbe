import { AuthFailure } from "./auth-failure";

// RFC 6750 b64token: the characters a bearer token may contain. Anything else is not a token we could accept.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 16_384;

/** The token from `Authorization: Bearer <token>`; the scheme is case-insensitive, the rest is strict. */
export function readBearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === "") throw new AuthFailure("missing-token");

  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new AuthFailure(/^Bearer\b/i.test(header) ? "malformed-header" : "missing-token");
  }

  const token = match[1];
  if (token.length > MAX_TOKEN_LENGTH || !B64TOKEN.test(token)) throw new AuthFailure("malformed-header");
  return token;
}
