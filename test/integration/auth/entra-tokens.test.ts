import type { FastifyInstance } from "fastify";
import { parseAuthConfig } from "../../../backend/src/auth/config";
import { encodeDevelopmentToken } from "../../../backend/src/auth/development-token";
import { startTokenIssuer, type MintOptions, type TokenIssuer } from "../../support/token-issuer";
import { buildAuthTestApp } from "./auth-app";

let issuer: TokenIssuer;
let app: FastifyInstance;
let logs: string[];

// Making RSA keys can take seconds on a busy machine.
beforeAll(async () => {
  issuer = await startTokenIssuer();
  ({ app, logs } = await buildAuthTestApp(parseAuthConfig(issuer.env)));
}, 30_000);

afterAll(async () => {
  await app.close();
  await issuer.close();
});

function callMe(authorization?: string) {
  return app.inject({ method: "GET", url: "/api/me", headers: authorization ? { authorization } : {} });
}

async function callWithToken(options: MintOptions) {
  return callMe(`Bearer ${await issuer.mint(options)}`);
}

describe("Entra ID access tokens on /api", () => {
  it("accepts a valid access token and takes the agent from oid, name and preferred_username", async () => {
    const response = await callWithToken({});

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: "7a1c1b8e-5d1e-4b55-9a43-1f7f5c2b9d01",
      name: "Lucía Fernández",
      email: "lucia.fernandez@contoso.example",
      tenantId: issuer.tenantId,
    });
  });

  it("accepts the Application ID URI as audience as well as the client id", async () => {
    const response = await callWithToken({ claims: { aud: `api://localhost:3000/${issuer.apiClientId}` } });

    expect(response.statusCode).toBe(200);
  });

  it("accepts a token that expired within the clock skew", async () => {
    const response = await callWithToken({ expiresIn: -30 });

    expect(response.statusCode).toBe(200);
  });

  const refused: [string, () => Promise<string>, string][] = [
    ["expired", () => issuer.mint({ expiresIn: -600 }), "expired"],
    ["not yet valid", () => issuer.mint({ notBefore: 600 }), "not-yet-valid"],
    ["for another audience", () => issuer.mint({ claims: { aud: "api://elsewhere.example/other" } }), "wrong-audience"],
    ["from another issuer", () => issuer.mint({ claims: { iss: "https://evil.example/v2.0" } }), "wrong-issuer"],
    [
      "from a tenant outside the allow-list",
      () => issuer.mint({ claims: { tid: issuer.otherTenantId } }),
      "tenant-not-allowed",
    ],
    ["with an unknown key id", () => issuer.mint({ kid: "rotated-away" }), "unknown-key"],
    ["signed by another key under the published key id", () => issuer.mint({ signWith: "other" }), "invalid-signature"],
    ["signed with HS256 using the public key as secret", () => issuer.mint({ alg: "HS256" }), "algorithm-not-allowed"],
    ["with alg none", () => issuer.mint({ alg: "none" }), "algorithm-not-allowed"],
    ["that is an ID token", () => issuer.mint({ kind: "id" }), "wrong-audience"],
    [
      "that is an ID token for the API's own client id",
      () => issuer.mint({ kind: "id", claims: { aud: issuer.apiClientId } }),
      "not-an-access-token",
    ],
    ["without oid", () => issuer.mint({ claims: { oid: undefined } }), "missing-claims"],
    [
      "that is a development token",
      () => Promise.resolve(encodeDevelopmentToken({ id: "a", name: "A", email: "a@b.example" })),
      "malformed-token",
    ],
  ];

  it.each(refused)("refuses a token %s with 401 and invalid_token", async (_case, token, reason) => {
    const response = await callMe(`Bearer ${await token()}`);

    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toContain('error="invalid_token"');
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      type: "https://ticketmasterpro.example/problems/unauthorized",
      status: 401,
      reason,
      correlationId: expect.any(String) as unknown,
    });
  });

  it("answers 403 insufficient_scope when the access token lacks access_as_user", async () => {
    const response = await callWithToken({ claims: { scp: "User.Read Mail.Read" } });

    expect(response.statusCode).toBe(403);
    expect(response.headers["www-authenticate"]).toContain('error="insufficient_scope"');
    expect(response.json()).toMatchObject({ type: "https://ticketmasterpro.example/problems/forbidden", status: 403 });
  });

  it("accepts access_as_user among other scopes", async () => {
    const response = await callWithToken({ claims: { scp: "User.Read access_as_user" } });

    expect(response.statusCode).toBe(200);
  });

  it("refuses a tenant on the allow-list when the issuer names another tenant", async () => {
    const response = await callWithToken({ claims: { iss: `${issuer.url}/${issuer.otherTenantId}/v2.0` } });

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ reason: "wrong-issuer" });
  });

  it("fetches the key set once and reuses it across requests", async () => {
    const before = issuer.jwksRequests();

    await callWithToken({});
    await callWithToken({});

    expect(issuer.jwksRequests()).toBe(before);
  });

  it("never writes tokens to the log", async () => {
    const token = await issuer.mint({ expiresIn: -600 });
    const signature = token.split(".")[2] ?? "";

    await callMe(`Bearer ${token}`);

    const output = logs.join("");
    expect(output).toContain("access token refused");
    expect(output).not.toContain(signature);
    expect(output).not.toContain("lucia.fernandez");
  });
});

describe("Entra ID mode with other tenants allowed", () => {
  it("accepts a token from a tenant on ENTRA_ALLOWED_TENANTS with that tenant's issuer", async () => {
    const config = parseAuthConfig({
      ...issuer.env,
      ENTRA_ALLOWED_TENANTS: `${issuer.tenantId}, ${issuer.otherTenantId.toUpperCase()}`,
    });
    const { app: multiTenant } = await buildAuthTestApp(config);
    const token = await issuer.mint({ claims: { tid: issuer.otherTenantId } });

    const response = await multiTenant.inject({ url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    await multiTenant.close();

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ tenantId: issuer.otherTenantId });
  });
});

describe("Entra ID mode when the key set cannot be fetched", () => {
  it("answers 503 rather than blaming the caller's token", async () => {
    const config = parseAuthConfig({ ...issuer.env, ENTRA_JWKS_URI: "http://127.0.0.1:9/keys" });
    const { app: keyless } = await buildAuthTestApp(config);
    const token = await issuer.mint({});

    const response = await keyless.inject({ url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    await keyless.close();

    expect(response.statusCode).toBe(503);
    expect(response.headers["www-authenticate"]).toBeUndefined();
  });
});
