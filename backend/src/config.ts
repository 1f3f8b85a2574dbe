import path from "node:path";
import { assertDevelopmentAuthAllowed, parseAuthConfig, type AuthConfig } from "./auth/config";
import { ConfigError } from "./config-error";

export { ConfigError };

export type NodeEnv = "development" | "production" | "test";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export type DatabaseConfig =
  | { engine: "sqlite"; file: string }
  /** `schema` isolates parallel test files that share one PostgreSQL database. */
  | { engine: "postgres"; url: string; schema: string | null };

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: LogLevel;
  database: DatabaseConfig;
  tls: { certFile: string; keyFile: string } | null;
  serviceLevelsFile: string | null;
  templatesFile: string | null;
  /** The built pane, manifest and simulator; served at the root when the folder exists. */
  staticDir: string;
  /** Requests per agent per minute before 429. */
  rateLimitPerMinute: number;
  auth: AuthConfig;
}

const NODE_ENVS: readonly NodeEnv[] = ["development", "production", "test"];
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
export const DEFAULT_SQLITE_FILE = "data/ticketmasterpro.sqlite";

/** Reads and checks the environment; throws one ConfigError naming every wrong or missing value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const host = read.text("HOST", "localhost");
  const port = read.integer("PORT", 3000, 0, 65535);
  const config: AppConfig = {
    nodeEnv: read.oneOf("NODE_ENV", NODE_ENVS, "development"),
    host,
    port,
    // Behind a proxy the public address differs from the listening one; locally they are the same.
    publicUrl: read.url("PUBLIC_URL", `https://${host.includes(":") ? `[${host}]` : host}:${port}`),
    logLevel: read.oneOf("LOG_LEVEL", LOG_LEVELS, "info"),
    database: readDatabase(env, root, problems),
    tls: readTls(env, root, problems),
    serviceLevelsFile: read.optionalPath("SERVICE_LEVELS_FILE", root),
    templatesFile: read.optionalPath("REPLY_TEMPLATES_FILE", root),
    staticDir: path.resolve(root, env.STATIC_DIR ?? "dist"),
    rateLimitPerMinute: read.integer("RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
    auth: readAuth(env, problems),
  };

  checkDevelopmentAuth(config, env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Development tokens carry no signature: they must never be accepted where anyone else can reach the server. */
function checkDevelopmentAuth(config: AppConfig, env: NodeJS.ProcessEnv, problems: string[]): void {
  try {
    assertDevelopmentAuthAllowed(config.auth, config.host, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
}

function readDatabase(env: NodeJS.ProcessEnv, root: string, problems: string[]): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { engine: "sqlite", file: path.resolve(root, env.SQLITE_FILE ?? DEFAULT_SQLITE_FILE) };

  if (url.startsWith("sqlite:")) return { engine: "sqlite", file: path.resolve(root, url.slice("sqlite:".length)) };
  if (!/^postgres(ql)?:\/\//.test(url)) {
    problems.push("DATABASE_URL must start with postgres:// or postgresql:// (or sqlite:<file>)");
    return { engine: "sqlite", file: DEFAULT_SQLITE_FILE };
  }

  const schema = env.DATABASE_SCHEMA?.trim() || null;
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    problems.push("DATABASE_SCHEMA must be a lower-case SQL identifier (letters, digits, underscore)");
  }
  return { engine: "postgres", url, schema };
}

function readTls(env: NodeJS.ProcessEnv, root: string, problems: string[]): AppConfig["tls"] {
  const cert = env.TLS_CERT?.trim();
  const key = env.TLS_KEY?.trim();
  if (!cert && !key) return null;

  if (!cert || !key) {
    problems.push("TLS_CERT and TLS_KEY go together: set both paths, or neither for the development certificate");
    return null;
  }
  return { certFile: path.resolve(root, cert), keyFile: path.resolve(root, key) };
}

function readAuth(env: NodeJS.ProcessEnv, problems: string[]): AuthConfig {
  try {
    return parseAuthConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) problems.push(...error.problems);
    else problems.push(error instanceof Error ? error.message : String(error));
    return { mode: "development" };
  }
}

/** Small typed readers that record a message instead of throwing, so all problems are reported together. */
class EnvReader {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly problems: string[],
  ) {}

  text(name: string, fallback: string): string {
    const value = this.env[name]?.trim();
    return value ? value : fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;

    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;

    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  }

  url(name: string, fallback: string): string {
    const raw = this.text(name, fallback);
    try {
      const url = new URL(raw);
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("protocol");
      return raw.replace(/\/+$/, "");
    } catch {
      this.problems.push(`${name} must be an absolute http(s) URL, got "${raw}"`);
      return fallback;
    }
  }

  optionalPath(name: string, root: string): string | null {
    const raw = this.env[name]?.trim();
    return raw ? path.resolve(root, raw) : null;
  }
}
