import type { FastifyInstance } from "fastify";
import { encodeDevelopmentToken } from "../../../backend/src/auth/development-token";
import { startTokenIssuer } from "../../support/token-issuer";
import { buildAuthTestApp } from "./auth-app";

let app: FastifyInstance;

beforeAll(async () => {
  ({ app } = await buildAuthTestApp({ mode: "development" }));
});

afterAll(async () => {
  await app.close();
});

const agent = { id: "agent-7", name: "Marta Ruiz", email: "marta.ruiz@soporte.example" };

function callMe(token: string) {
  return app.inject({ url: "/api/me", headers: { authorization: `Bearer ${token}` } });
}

function devToken(json: string): string {
  return `dev.${Buffer.from(json, "utf8").toString("base64url")}`;
}

describe("development tokens on /api", () => {
  it("accepts a development token and takes the agent from it", async () => {
    const response = await callMe(encodeDevelopmentToken(agent));

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...agent, tenantId: null });
  });

  const malformed: [string, string][] = [
    ["without the dev. prefix", Buffer.from(JSON.stringify(agent)).toString("base64url")],
    ["whose payload is not base64url", "dev.eyJ!!"],
    ["whose payload is not JSON", devToken("not json")],
    ["whose payload is an array", devToken(JSON.stringify([agent]))],
    ["without an email", devToken(JSON.stringify({ id: "a", name: "A" }))],
    ["with an email that is not an address", devToken(JSON.stringify({ ...agent, email: "marta" }))],
    ["with an empty id", devToken(JSON.stringify({ ...agent, id: " " }))],
    ["with a number as name", devToken(JSON.stringify({ ...agent, name: 42 }))],
    ["with an unknown field", devToken(JSON.stringify({ ...agent, admin: "true" }))],
    ["with an oversize name", devToken(JSON.stringify({ ...agent, name: "x".repeat(201) }))],
  ];

  it.each(malformed)("refuses a development token %s with 401", async (_case, token) => {
    const response = await callMe(token);

    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toContain('error="invalid_token"');
  });

  it("refuses an Entra ID token, however valid, in development mode", async () => {
    const issuer = await startTokenIssuer();
    const token = await issuer.mint({});
    await issuer.close();

    const response = await callMe(token);

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ reason: "malformed-token" });
  }, 30_000);
});
