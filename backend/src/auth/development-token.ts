import type { Agent } from "./agent";
import { AuthFailure } from "./auth-failure";

/**
 * Development tokens: `dev.` + base64url(JSON { id, name, email }). They are unsigned, so they are only accepted
 * in development mode, which refuses production and non-loopback addresses (see config.ts).
 */

export const DEVELOPMENT_TOKEN_PREFIX = "dev.";

export interface DevelopmentIdentity {
  id: string;
  name: string;
  email: string;
}

const LIMITS: Record<keyof DevelopmentIdentity, number> = { id: 128, name: 200, email: 320 };
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function encodeDevelopmentToken(identity: DevelopmentIdentity): string {
  return DEVELOPMENT_TOKEN_PREFIX + Buffer.from(JSON.stringify(identity), "utf8").toString("base64url");
}

export function verifyDevelopmentToken(token: string): Agent {
  if (!token.startsWith(DEVELOPMENT_TOKEN_PREFIX)) throw new AuthFailure("malformed-token");

  const identity = parseIdentity(token.slice(DEVELOPMENT_TOKEN_PREFIX.length));

  return { id: identity.id, name: identity.name, email: identity.email, tenantId: null };
}

function parseIdentity(encoded: string): DevelopmentIdentity {
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(encoded)) throw new Error("not base64url");
    value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    throw new AuthFailure("malformed-token");
  }

  if (!isIdentity(value)) throw new AuthFailure("missing-claims");
  return value;
}

function isIdentity(value: unknown): value is DevelopmentIdentity {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;

  const entries = Object.entries(value);
  const keys = Object.keys(LIMITS);
  const shapeOk = entries.length === keys.length && entries.every(([key]) => keys.includes(key));
  const valuesOk = entries.every(
    ([key, field]) =>
      typeof field === "string" && field.trim().length > 0 && field.length <= LIMITS[key as keyof DevelopmentIdentity],
  );

  return shapeOk && valuesOk && EMAIL.test((value as DevelopmentIdentity).email);
}
