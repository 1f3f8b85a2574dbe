import { assertDevelopmentAuthAllowed, parseAuthConfig, type EntraAuthConfig } from "../../../backend/src/auth/config";
import { ConfigError } from "../../../backend/src/config-error";

const tenant = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
const client = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
const entra = { AUTH_MODE: "entra", ENTRA_TENANT_ID: tenant, ENTRA_API_CLIENT_ID: client };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseAuthConfig", () => {
  it("uses development mode by default outside production", () => {
    expect(parseAuthConfig({ NODE_ENV: "development" })).toEqual({ mode: "development" });
  });

  it("uses Entra ID by default in production, and then needs the ids", () => {
    const problems = problemsOf(() => parseAuthConfig({ NODE_ENV: "production" }));

    expect(problems).toEqual([
      expect.stringContaining("ENTRA_TENANT_ID is required"),
      expect.stringContaining("ENTRA_API_CLIENT_ID is required"),
    ]);
  });

  it("derives the Entra defaults from the tenant, the client id and PUBLIC_URL", () => {
    const config = parseAuthConfig({ ...entra, PUBLIC_URL: "https://tickets.contoso.example" }) as EntraAuthConfig;

    expect(config).toEqual({
      mode: "entra",
      tenantId: tenant,
      apiClientId: client,
      audiences: [`api://tickets.contoso.example/${client}`, client],
      allowedTenants: [tenant],
      jwksUri: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
      issuer: "https://login.microsoftonline.com/{tid}/v2.0",
      clockToleranceSeconds: 60,
      requiredScope: "access_as_user",
    });
  });

  it("takes the explicit audience, tenant list, issuer, key set and skew", () => {
    const config = parseAuthConfig({
      ...entra,
      ENTRA_API_AUDIENCE: "api://example/custom",
      ENTRA_ALLOWED_TENANTS: `${tenant.toUpperCase()}, 11111111-2222-4333-8444-555555555555,`,
      ENTRA_ISSUER: "https://sts.example/{tid}/",
      ENTRA_JWKS_URI: "http://127.0.0.1:8080/keys",
      AUTH_CLOCK_SKEW_SECONDS: "0",
    }) as EntraAuthConfig;

    expect(config.audiences).toEqual(["api://example/custom", client]);
    expect(config.allowedTenants).toEqual([tenant, "11111111-2222-4333-8444-555555555555"]);
    expect(config.issuer).toBe("https://sts.example/{tid}/");
    expect(config.jwksUri).toBe("http://127.0.0.1:8080/keys");
    expect(config.clockToleranceSeconds).toBe(0);
  });

  const wrong: [string, NodeJS.ProcessEnv, string][] = [
    ["an unknown mode", { AUTH_MODE: "azure" }, 'AUTH_MODE must be "entra" or "development", got "azure"'],
    [
      "development mode in production",
      { AUTH_MODE: "development", NODE_ENV: "production" },
      "refused with NODE_ENV=production",
    ],
    [
      "a tenant that is not a GUID",
      { ...entra, ENTRA_TENANT_ID: "contoso.onmicrosoft.com" },
      "ENTRA_TENANT_ID must be a GUID",
    ],
    [
      "a client id that is not a GUID",
      { ...entra, ENTRA_API_CLIENT_ID: "my-app" },
      "ENTRA_API_CLIENT_ID must be a GUID",
    ],
    [
      "a tenant list with a name in it",
      { ...entra, ENTRA_ALLOWED_TENANTS: "contoso" },
      "ENTRA_ALLOWED_TENANTS must list tenant GUIDs",
    ],
    [
      "an empty tenant list",
      { ...entra, ENTRA_ALLOWED_TENANTS: " , " },
      "ENTRA_ALLOWED_TENANTS is set but lists no tenant",
    ],
    [
      "keys over plain HTTP",
      { ...entra, ENTRA_JWKS_URI: "http://keys.example/keys" },
      "ENTRA_JWKS_URI must be an https:// URL",
    ],
    ["keys at no URL", { ...entra, ENTRA_JWKS_URI: "keys" }, "ENTRA_JWKS_URI must be an https:// URL"],
    ["an issuer that is not a URL", { ...entra, ENTRA_ISSUER: "login" }, "ENTRA_ISSUER must be an absolute URL"],
    ["a negative skew", { ...entra, AUTH_CLOCK_SKEW_SECONDS: "-5" }, "AUTH_CLOCK_SKEW_SECONDS must be a whole number"],
    [
      "a skew of ten minutes",
      { ...entra, AUTH_CLOCK_SKEW_SECONDS: "600" },
      "AUTH_CLOCK_SKEW_SECONDS must be a whole number",
    ],
    ["no audience and no usable PUBLIC_URL", { ...entra, PUBLIC_URL: "tickets" }, "ENTRA_API_AUDIENCE is unset"],
  ];

  it.each(wrong)("refuses %s with a message naming the variable", (_case, env, message) => {
    const problems = problemsOf(() => parseAuthConfig(env));

    expect(problems).toEqual([expect.stringContaining(message)]);
  });

  it("lists every wrong value at once", () => {
    const problems = problemsOf(() =>
      parseAuthConfig({ AUTH_MODE: "entra", ENTRA_TENANT_ID: "x", AUTH_CLOCK_SKEW_SECONDS: "soon" }),
    );

    expect(problems).toHaveLength(3);
  });
});

describe("assertDevelopmentAuthAllowed", () => {
  it.each(["localhost", "127.0.0.1", "127.0.0.2", "::1"])("lets development mode listen on %s", (host) => {
    expect(() => assertDevelopmentAuthAllowed({ mode: "development" }, host, { NODE_ENV: "test" })).not.toThrow();
  });

  it.each(["0.0.0.0", "::", "192.168.1.20", "tickets.contoso.example"])("refuses development mode on %s", (host) => {
    const problems = problemsOf(() => assertDevelopmentAuthAllowed({ mode: "development" }, host, {}));

    expect(problems).toEqual([expect.stringContaining(`only listens on a loopback address`)]);
  });

  it("refuses development mode with NODE_ENV=production even on loopback", () => {
    const problems = problemsOf(() =>
      assertDevelopmentAuthAllowed({ mode: "development" }, "127.0.0.1", { NODE_ENV: "production" }),
    );

    expect(problems).toEqual([expect.stringContaining("NODE_ENV=production")]);
  });

  it("lets Entra ID mode listen anywhere in production", () => {
    const config = parseAuthConfig({ ...entra, NODE_ENV: "production" });

    expect(() => assertDevelopmentAuthAllowed(config, "0.0.0.0", { NODE_ENV: "production" })).not.toThrow();
  });
});
