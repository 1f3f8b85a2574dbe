import {
  announceSkippedEngines,
  authHeaders,
  buildTestBackend,
  ENGINES,
  type TestBackend,
} from "../../support/backend";

announceSkippedEngines();

describe.each(ENGINES)("service routes on %s", (engine) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await buildTestBackend(engine);
  });
  afterAll(() => backend.close());

  describe("GET /api/health", () => {
    it("answers ok with the version and the storage engine, without a token", async () => {
      const response = await backend.app.inject({ method: "GET", url: "/api/health" });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "ok", version: expect.any(String) as unknown, storage: engine });
      expect(response.headers["cache-control"]).toBe("no-store");
    });

    it("sends the security headers, including a CSP that lets Outlook frame the pane", async () => {
      const response = await backend.app.inject({ method: "GET", url: "/api/health" });

      expect(response.headers["strict-transport-security"]).toContain("max-age=");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["content-security-policy"]).toContain(
        "frame-ancestors 'self' https://outlook.office.com",
      );
      expect(response.headers["x-frame-options"]).toBeUndefined();
    });
  });

  describe("GET /api/me", () => {
    it("returns the agent of the token", async () => {
      const response = await backend.app.inject({ method: "GET", url: "/api/me", headers: authHeaders() });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ id: "agent-ana", name: "Ana Agente", email: "ana.agente@soporte.example" });
    });

    it("answers 401 problem+json without a token", async () => {
      const response = await backend.app.inject({ method: "GET", url: "/api/me" });

      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json()).toMatchObject({ status: 401, correlationId: expect.any(String) as unknown });
    });
  });

  describe("GET /api/openapi.json", () => {
    it("describes the API from the route schemas", async () => {
      const response = await backend.app.inject({ method: "GET", url: "/api/openapi.json" });

      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.json<{ paths: object }>().paths)).toEqual(
        expect.arrayContaining(["/api/customers/match", "/api/customers", "/api/customers/{id}"]),
      );
    });
  });

  describe("unknown routes", () => {
    it("answers 404 problem+json with a correlation id", async () => {
      const response = await backend.app.inject({ method: "GET", url: "/api/nothing-here", headers: authHeaders() });

      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({
        type: "https://ticketmasterpro.example/problems/not-found",
        correlationId: expect.any(String) as unknown,
      });
    });
  });
});
