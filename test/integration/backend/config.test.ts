import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "../../../backend/src/config";
import { loadPolicy } from "../../../backend/src/policy/load-policy";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, "/srv/app");
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("loadConfig", () => {
  it("starts with sensible development defaults", () => {
    const config = loadConfig({}, "/srv/app");

    expect(config).toMatchObject({
      nodeEnv: "development",
      host: "localhost",
      port: 3000,
      publicUrl: "https://localhost:3000",
      database: { engine: "sqlite", file: "/srv/app/data/ticketmasterpro.sqlite" },
      tls: null,
      auth: { mode: "development" },
    });
  });

  it("uses PostgreSQL when DATABASE_URL names it", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db:5432/tmp", DATABASE_SCHEMA: "equipo" }, "/srv/app");

    expect(config.database).toEqual({ engine: "postgres", url: "postgres://u@db:5432/tmp", schema: "equipo" });
  });

  it("names every wrong value at once", () => {
    const problems = problemsOf({
      PORT: "http",
      LOG_LEVEL: "loud",
      NODE_ENV: "staging",
      DATABASE_URL: "mysql://db",
      PUBLIC_URL: "not a url",
      TLS_CERT: "cert.pem",
    });

    for (const name of ["PORT", "LOG_LEVEL", "NODE_ENV", "DATABASE_URL", "PUBLIC_URL", "TLS_CERT and TLS_KEY"]) {
      expect([name, problems.some((p) => p.startsWith(name))]).toEqual([name, true]);
    }
  });

  it("refuses development sign-in in production and on a non-loopback address", () => {
    const production = problemsOf({ NODE_ENV: "production", AUTH_MODE: "development" });
    const exposed = problemsOf({ HOST: "0.0.0.0", AUTH_MODE: "development" });

    expect(production.join(" ")).toContain("NODE_ENV=production");
    expect(exposed.join(" ")).toContain("loopback");
  });

  it("refuses a schema name that is not a plain identifier", () => {
    const problems = problemsOf({ DATABASE_URL: "postgres://db/x", DATABASE_SCHEMA: "x; DROP SCHEMA public" });

    expect(problems.join(" ")).toContain("DATABASE_SCHEMA");
  });
});

describe("loadPolicy", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-policy-"));
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    return file;
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const levels = {
    timeZone: "America/Mexico_City",
    businessDays: [1, 2, 3, 4, 5, 6],
    businessHours: { start: "08:00", end: "20:00" },
    holidays: ["2026-12-25"],
    targets: { Baja: 48, Media: 24, Alta: 8, Urgente: 2 },
  };

  it("reads an administrator's service levels and templates", () => {
    const template = {
      language: "es",
      subjectPrefix: "RE:",
      html: "<p>{{ticketNumber}}</p>",
      text: "{{ticketNumber}}",
    };
    const policy = loadPolicy({
      serviceLevelsFile: write("levels.json", levels),
      templatesFile: write("templates.json", { reply: { es: template, en: { ...template, language: "en" } } }),
    });

    expect(policy.serviceLevels.timeZone).toBe("America/Mexico_City");
    expect(policy.replyTemplates.es.html).toBe("<p>{{ticketNumber}}</p>");
  });

  it.each([
    ["unreadable JSON", "{ not json", /cannot read JSON/],
    ["a missing target", { ...levels, targets: { Baja: 1, Media: 1, Alta: 1 } }, /targets/],
    ["an unknown time zone", { ...levels, timeZone: "Marte/Olympus" }, /SERVICE_LEVELS_FILE/],
    [
      "hours that end before they start",
      { ...levels, businessHours: { start: "18:00", end: "09:00" } },
      /SERVICE_LEVELS_FILE/,
    ],
  ])("stops the start on %s, naming the file", (_label, content, message) => {
    const file = write("bad-levels.json", content);

    expect(() => loadPolicy({ serviceLevelsFile: file, templatesFile: null })).toThrow(message);
  });

  it("stops the start on a template file with an unknown field", () => {
    const file = write("bad-templates.json", { reply: { es: { language: "es" } }, extra: true });

    expect(() => loadPolicy({ serviceLevelsFile: null, templatesFile: file })).toThrow(ConfigError);
  });
});
