import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { Agent } from "./agent";
import { AuthFailure, type AuthFailureReason } from "./auth-failure";
import type { EntraAuthConfig } from "./config";

export type TokenVerifier = (token: string) => Promise<Agent>;

// Entra ID signs access tokens with RS256; accepting anything else (HS256 with the public key, `none`) is the
// classic algorithm-confusion hole.
const ALGORITHMS = ["RS256"];
const REQUIRED_CLAIMS = ["exp", "iss", "aud", "tid", "oid"];

/** One verifier per server: the key set is fetched on first use, cached, and refetched when a new `kid` appears. */
export function createEntraVerifier(config: EntraAuthConfig): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(config.jwksUri), { timeoutDuration: 5_000 });

  return async (token) => {
    const payload = await verifySignatureAndTimes(token, keys, config);

    const tenantId = checkTenantAndIssuer(payload, config);
    checkScope(payload, config.requiredScope);

    return agentFrom(payload, tenantId);
  };
}

async function verifySignatureAndTimes(
  token: string,
  keys: ReturnType<typeof createRemoteJWKSet>,
  config: EntraAuthConfig,
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ALGORITHMS,
      audience: config.audiences,
      clockTolerance: config.clockToleranceSeconds,
      requiredClaims: REQUIRED_CLAIMS,
    });
    return payload;
  } catch (error) {
    throw toAuthFailure(error);
  }
}

/** The issuer is per tenant, so the tenant is checked first and then the issuer that tenant must have used. */
function checkTenantAndIssuer(payload: JWTPayload, config: EntraAuthConfig): string {
  const tenantId = typeof payload.tid === "string" ? payload.tid.toLowerCase() : "";
  if (!config.allowedTenants.includes(tenantId)) throw new AuthFailure("tenant-not-allowed");

  if (payload.iss !== config.issuer.replace("{tid}", tenantId)) throw new AuthFailure("wrong-issuer");
  return tenantId;
}

/**
 * Delegated access tokens carry `scp`. ID tokens and app-only tokens have none: they are not tokens for this API,
 * whatever their audience says, so they get 401 rather than 403.
 */
function checkScope(payload: JWTPayload, requiredScope: string): void {
  if (typeof payload.scp !== "string") throw new AuthFailure("not-an-access-token");

  if (!payload.scp.split(" ").includes(requiredScope)) throw new AuthFailure("missing-scope", 403);
}

function agentFrom(payload: JWTPayload, tenantId: string): Agent {
  const id = stringClaim(payload, "oid");
  if (!id) throw new AuthFailure("missing-claims");

  const email = stringClaim(payload, "preferred_username") ?? "";
  const name = stringClaim(payload, "name") ?? email;

  return { id, name, email, tenantId };
}

function stringClaim(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function toAuthFailure(error: unknown): AuthFailure {
  if (error instanceof errors.JWTExpired) return new AuthFailure("expired");
  if (error instanceof errors.JWTClaimValidationFailed) return new AuthFailure(claimFailure(error));
  if (error instanceof errors.JOSEAlgNotAllowed) return new AuthFailure("algorithm-not-allowed");
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new AuthFailure("unknown-key");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new AuthFailure("invalid-signature");
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return new AuthFailure("malformed-token");
  if (error instanceof errors.JOSENotSupported) return new AuthFailure("algorithm-not-allowed");

  // Anything else means the key set could not be fetched or read: our problem, not the caller's token.
  return new AuthFailure("keys-unavailable", 503);
}

function claimFailure(error: InstanceType<typeof errors.JWTClaimValidationFailed>): AuthFailureReason {
  if (error.claim === "nbf") return "not-yet-valid";
  if (error.claim === "aud") return "wrong-audience";
  if (error.claim === "iss") return "wrong-issuer";
  return "missing-claims";
}
