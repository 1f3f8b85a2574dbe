import type { FastifyInstance } from "fastify";
import { encodeDevelopmentToken } from "../../../backend/src/auth/development-token";
import { buildAuthTestApp } from "./auth-app";

let app: FastifyInstance;
const token = encodeDevelopmentToken({ id: "agent-1", name: "Ana", email: "ana@soporte.example" });

beforeAll(async () => {
  ({ app } = await buildAuthTestApp({ mode: "development" }));
});

afterAll(async () => {
  await app.close();
});

describe("which routes need a bearer token", () => {
  it.each(["/api/health", "/api/openapi.json"])("lets %s through without a token", async (url) => {
    const response = await app.inject({ url });

    expect(response.statusCode).toBe(200);
  });

  it.each(["/api/me", "/api/tickets/TMP-000001", "/api/unknown", "/API/me", "/%61pi/me", "//api/me", "/api/health/x"])(
    "asks for a token on %s",
    async (url) => {
      const response = await app.inject({ url });

      expect(response.statusCode).toBe(401);
      expect(response.headers["www-authenticate"]).toBe('Bearer realm="TicketMasterPro"');
      expect(response.json()).toMatchObject({ reason: "missing-token", status: 401 });
    },
  );

  it("leaves the pane's static files alone", async () => {
    const response = await app.inject({ url: "/taskpane.html" });

    expect(response.statusCode).toBe(200);
  });

  it("sets request.agent for the route", async () => {
    const response = await app.inject({
      url: "/api/tickets/TMP-000001",
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.json()).toEqual({ by: "agent-1" });
  });

  it("accepts the scheme in any case", async () => {
    const response = await app.inject({ url: "/api/me", headers: { authorization: `bearer ${token}` } });

    expect(response.statusCode).toBe(200);
  });
});

describe("malformed Authorization headers", () => {
  const cases: [string, string, string][] = [
    ["another scheme", "Basic YWRtaW46YWRtaW4=", "missing-token"],
    ["the scheme alone", "Bearer", "malformed-header"],
    ["two tokens", `Bearer ${token} ${token}`, "malformed-header"],
    ["characters no token has", 'Bearer dev.<script>"', "malformed-header"],
    ["an oversize token", `Bearer dev.${"a".repeat(20_000)}`, "malformed-header"],
  ];

  it.each(cases)("refuses %s with 401 problem+json", async (_case, authorization, reason) => {
    const response = await app.inject({ url: "/api/me", headers: { authorization } });

    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json()).toMatchObject({ reason, type: "https://ticketmasterpro.example/problems/unauthorized" });
  });
});
