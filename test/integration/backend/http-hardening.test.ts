import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  announceSkippedEngines,
  AGENT,
  authHeaders,
  buildTestBackend,
  OTHER_AGENT,
  type TestBackend,
} from "../../support/backend";
import { securityHeaders } from "../../../backend/src/http/security";

announceSkippedEngines();

describe("rate limits", () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await buildTestBackend("sqlite", { env: { RATE_LIMIT_PER_MINUTE: "3" } });
  });
  afterAll(() => backend.close());

  it("answers 429 with Retry-After once an agent spends the budget, leaving other agents alone", async () => {
    const me = () => backend.app.inject({ url: "/api/me", headers: authHeaders(AGENT) });

    const allowed = [await me(), await me(), await me()];
    const refused = await me();
    const colleague = await backend.app.inject({ url: "/api/me", headers: authHeaders(OTHER_AGENT) });

    expect(allowed.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({
      type: "https://ticketmasterpro.example/problems/rate-limited",
      status: 429,
    });
    expect(colleague.statusCode).toBe(200);
  });
});

describe("static files and administrator policy", () => {
  let backend: TestBackend;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-dist-"));
  const templates = path.join(dist, "templates.json");

  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>Panel</title>");
    fs.writeFileSync(path.join(dist, "manifest.xml"), "<OfficeApp/>");
    const template = {
      language: "es",
      subjectPrefix: "RE:",
      html: "<p>Ticket propio {{ticketNumber}}</p>",
      text: "Ticket propio {{ticketNumber}}",
    };
    fs.writeFileSync(templates, JSON.stringify({ reply: { es: template, en: { ...template, language: "en" } } }));
    backend = await buildTestBackend("sqlite", { env: { STATIC_DIR: dist, REPLY_TEMPLATES_FILE: templates } });
  });
  afterAll(async () => {
    await backend.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("serves the built pane and manifest from the root with the framing policy, without a token", async () => {
    const pane = await backend.app.inject({ url: "/taskpane.html" });
    const manifest = await backend.app.inject({ url: "/manifest.xml" });

    expect(pane.statusCode).toBe(200);
    expect(pane.headers["content-security-policy"]).toContain("https://*.officeapps.live.com");
    expect(manifest.statusCode).toBe(200);
  });

  it("renders replies from the administrator's template file", async () => {
    const headers = authHeaders();
    const customer = await backend.app.inject({
      method: "POST",
      url: "/api/customers",
      payload: { name: "Ana", email: "ana@c.example" },
      headers,
    });
    const ticket = await backend.app.inject({
      method: "POST",
      url: "/api/tickets",
      payload: {
        customerId: customer.json<{ id: string }>().id,
        subject: "Hola",
        problem: "Algo",
        priority: "Baja",
        evaluation: "immediate",
        language: "es",
      },
      headers,
    });

    const reply = await backend.app.inject({
      method: "POST",
      url: `/api/tickets/${ticket.json<{ number: string }>().number}/reply`,
      payload: { agentName: "Ana" },
      headers,
    });

    expect(reply.json<{ html: string }>().html).toBe("<p>Ticket propio TMP-000001</p>");
  });
});

describe("security headers", () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await buildTestBackend("sqlite");
  });
  afterAll(() => backend.close());

  it("sends the same hardening headers on answers, refusals and unknown routes", async () => {
    const answers = await Promise.all([
      backend.app.inject({ url: "/api/me", headers: authHeaders() }),
      backend.app.inject({ url: "/api/me" }),
      backend.app.inject({ url: "/api/no-such-route", headers: authHeaders() }),
    ]);

    for (const answer of answers) {
      expect(answer.headers).toMatchObject({
        "strict-transport-security": "max-age=31536000; includeSubDomains",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cross-origin-resource-policy": "cross-origin",
        "cache-control": "no-store",
      });
      expect(answer.headers["x-frame-options"]).toBeUndefined();
      expect(answer.headers["content-security-policy"]).toMatch(
        /frame-ancestors 'self' https:\/\/outlook\.office\.com/,
      );
      expect(answer.headers["content-security-policy"]).toContain("object-src 'none'");
    }
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404]);
  });

  it("lets the pane reach loopback HTTPS only outside production", () => {
    expect(securityHeaders(false)["content-security-policy"]).toContain("https://127.0.0.1:*");
    expect(securityHeaders(true)["content-security-policy"]).not.toContain("127.0.0.1");
  });
});
