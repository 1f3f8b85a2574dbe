import { ConfigError } from "../config-error";

/**
 * Authentication settings, read once from the environment at start and validated so that a wrong value stops the
 * server with a message naming the variable, instead of failing on the first request.
 */

export type AuthMode = "development" | "entra";

export interface DevelopmentAuthConfig {
  mode: "development";
}

export interface EntraAuthConfig {
  mode: "entra";
  /** The home tenant of the app registration. */
  tenantId: string;
  /** The API app registration's client id. */
  apiClientId: string;
  /** Accepted `aud` values: the Application ID URI and the client id (v2 access tokens carry the client id). */
  audiences: string[];
  /** Lower-case tenant ids whose agents may call the API. */
  allowedTenants: string[];
  jwksUri: string;
  /** Expected `iss`; `{tid}` stands for the token's own tenant, checked against the allow-list first. */
  issuer: string;
  clockToleranceSeconds: number;
  requiredScope: string;
}

export type AuthConfig = DevelopmentAuthConfig | EntraAuthConfig;

/** Every variable this module reads; the README test checks that the documented configuration uses only these. */
export const AUTH_ENV_VARS = [
  "AUTH_MODE",
  "ENTRA_TENANT_ID",
  "ENTRA_API_CLIENT_ID",
  "ENTRA_API_AUDIENCE",
  "ENTRA_ALLOWED_TENANTS",
  "ENTRA_JWKS_URI",
  "ENTRA_ISSUER",
  "AUTH_CLOCK_SKEW_SECONDS",
  "PUBLIC_URL",
  "NODE_ENV",
] as const;

/** What a production deployment must set for sign-in to work. */
export const AUTH_REQUIRED_PRODUCTION_ENV_VARS = ["ENTRA_TENANT_ID", "ENTRA_API_CLIENT_ID"] as const;

export const REQUIRED_SCOPE = "access_as_user";
export const DEFAULT_ISSUER = "https://login.microsoftonline.com/{tid}/v2.0";

const DEFAULT_CLOCK_SKEW_SECONDS = 60;
const MAX_CLOCK_SKEW_SECONDS = 300;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws one ConfigError listing every wrong or missing auth variable. */
export function parseAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const problems: string[] = [];
  const mode = readMode(env, problems);

  const config: AuthConfig = mode === "entra" ? readEntraConfig(env, problems) : { mode };

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * Development tokens carry whatever identity the caller writes into them, so development mode must never face
 * real users: the server calls this before it listens.
 */
export function assertDevelopmentAuthAllowed(
  config: AuthConfig,
  host: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (config.mode !== "development") return;

  const problems: string[] = [];
  if (env.NODE_ENV === "production") {
    problems.push("AUTH_MODE=development is refused with NODE_ENV=production: set AUTH_MODE=entra and ENTRA_*");
  }
  if (!isLoopbackHost(host)) {
    problems.push(
      `AUTH_MODE=development only listens on a loopback address (localhost, 127.0.0.1, ::1), not HOST=${host}: ` +
        "use AUTH_MODE=entra to serve other machines",
    );
  }

  if (problems.length > 0) throw new ConfigError(problems);
}

export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase();
  return name === "localhost" || name === "::1" || name === "[::1]" || /^127(\.\d{1,3}){3}$/.test(name);
}

function readMode(env: NodeJS.ProcessEnv, problems: string[]): AuthMode {
  const raw = env.AUTH_MODE?.trim();
  const production = env.NODE_ENV === "production";

  // Production defaults to Entra ID so that forgetting AUTH_MODE never opens the development door.
  if (!raw) return production ? "entra" : "development";

  if (raw !== "development" && raw !== "entra") {
    problems.push(`AUTH_MODE must be "entra" or "development", got "${raw}"`);
    return "development";
  }
  if (raw === "development" && production) {
    problems.push("AUTH_MODE=development is refused with NODE_ENV=production: set AUTH_MODE=entra");
  }
  return raw;
}

function readEntraConfig(env: NodeJS.ProcessEnv, problems: string[]): EntraAuthConfig {
  const tenantId = readGuid("ENTRA_TENANT_ID", env.ENTRA_TENANT_ID, problems);
  const apiClientId = readGuid("ENTRA_API_CLIENT_ID", env.ENTRA_API_CLIENT_ID, problems);

  return {
    mode: "entra",
    tenantId,
    apiClientId,
    audiences: [...new Set([readAudience(env, apiClientId, problems), apiClientId])],
    allowedTenants: readAllowedTenants(env.ENTRA_ALLOWED_TENANTS, tenantId, problems),
    jwksUri: readJwksUri(env.ENTRA_JWKS_URI, tenantId, problems),
    issuer: readIssuer(env.ENTRA_ISSUER, problems),
    clockToleranceSeconds: readClockSkew(env.AUTH_CLOCK_SKEW_SECONDS, problems),
    requiredScope: REQUIRED_SCOPE,
  };
}

function readGuid(name: string, raw: string | undefined, problems: string[]): string {
  const value = raw?.trim() ?? "";

  if (!value) problems.push(`${name} is required with AUTH_MODE=entra (a GUID shown in the Entra admin center)`);
  else if (!GUID.test(value))
    problems.push(`${name} must be a GUID such as 00000000-0000-0000-0000-000000000000, got "${value}"`);
  return value.toLowerCase();
}

function readAllowedTenants(raw: string | undefined, homeTenant: string, problems: string[]): string[] {
  if (!raw?.trim()) return [homeTenant];

  const tenants = raw
    .split(",")
    .map((tenant) => tenant.trim().toLowerCase())
    .filter((tenant) => tenant.length > 0);
  const invalid = tenants.filter((tenant) => !GUID.test(tenant));

  if (invalid.length > 0)
    problems.push(`ENTRA_ALLOWED_TENANTS must list tenant GUIDs separated by commas; not: ${invalid.join(", ")}`);
  if (tenants.length === 0) problems.push("ENTRA_ALLOWED_TENANTS is set but lists no tenant");
  return [...new Set(tenants)];
}

/** The Application ID URI Office add-ins use: api://<the add-in's host>/<client id>. */
function readAudience(env: NodeJS.ProcessEnv, apiClientId: string, problems: string[]): string {
  const explicit = env.ENTRA_API_AUDIENCE?.trim();
  if (explicit) return explicit;

  const publicUrl = env.PUBLIC_URL?.trim() || "https://localhost:3000";
  try {
    return `api://${new URL(publicUrl).host}/${apiClientId}`;
  } catch {
    problems.push(`ENTRA_API_AUDIENCE is unset and PUBLIC_URL ("${publicUrl}") is not a URL to derive it from`);
    return apiClientId;
  }
}

function readJwksUri(raw: string | undefined, tenantId: string, problems: string[]): string {
  const value = raw?.trim() || `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`;
  const url = tryUrl(value);

  // Plain HTTP would let anyone on the path swap the keys; only a loopback issuer (the tests' own) may use it.
  const secure = url?.protocol === "https:" || (url?.protocol === "http:" && isLoopbackHost(url.hostname));
  if (!secure) problems.push(`ENTRA_JWKS_URI must be an https:// URL (http:// only on loopback), got "${value}"`);
  return value;
}

function readIssuer(raw: string | undefined, problems: string[]): string {
  const value = raw?.trim() || DEFAULT_ISSUER;

  if (!tryUrl(value.replace("{tid}", "tenant"))) problems.push(`ENTRA_ISSUER must be an absolute URL, got "${value}"`);
  return value;
}

function readClockSkew(raw: string | undefined, problems: string[]): number {
  if (!raw?.trim()) return DEFAULT_CLOCK_SKEW_SECONDS;

  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_CLOCK_SKEW_SECONDS) {
    problems.push(`AUTH_CLOCK_SKEW_SECONDS must be a whole number from 0 to ${MAX_CLOCK_SKEW_SECONDS}, got "${raw}"`);
    return DEFAULT_CLOCK_SKEW_SECONDS;
  }
  return seconds;
}

function tryUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
