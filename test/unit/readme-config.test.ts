import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AUTH_ENV_VARS, AUTH_REQUIRED_PRODUCTION_ENV_VARS } from "../../backend/src/auth/config";
import { PANE_AUTH_BUILD_VARS, PANE_REQUIRED_PRODUCTION_BUILD_VARS } from "../../src/services/auth/auth-settings";

const root = join(__dirname, "..", "..");
// README_CONFIG_FILE lets a README fragment be checked before it is merged into README.md.
const readmePath = process.env.README_CONFIG_FILE ?? join(root, "README.md");

/** Variables in every ```env block: `NAME=value` lines, comments and blank lines skipped. */
function documentedVariables(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```env[ \t]*\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? "");
  const names = blocks.flatMap((block) =>
    block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1] ?? `unparsable line: ${line}`),
  );
  return [...new Set(names)];
}

/** Names the code reads as `env.NAME`, `env["NAME"]`, `process.env.NAME` or through the backend's `read.x("NAME")`. */
function variablesReadIn(source: string): string[] {
  const patterns = [
    /\benv\.([A-Z][A-Z0-9_]*)/g,
    /\benv\[\s*"([A-Z][A-Z0-9_]*)"\s*\]/g,
    /\bread\.\w+\(\s*"([A-Z][A-Z0-9_]*)"/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? "")))];
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, "utf8")] : [];
  });
}

const backendReads = variablesReadIn(sourcesUnder(join(root, "backend", "src")).join("\n"));
const known = new Set<string>([...AUTH_ENV_VARS, ...PANE_AUTH_BUILD_VARS, ...backendReads]);

describe("the configuration the README documents", () => {
  const readme = readFileSync(readmePath, "utf8");
  const documented = documentedVariables(readme);

  it("has at least one ```env block", () => {
    expect(documented.length).toBeGreaterThan(0);
  });

  it("names only variables the code reads", () => {
    const unknown = documented.filter((name) => !known.has(name));

    expect(unknown).toEqual([]);
  });

  it("names every variable a production deployment must set", () => {
    const required = ["NODE_ENV", ...AUTH_REQUIRED_PRODUCTION_ENV_VARS, ...PANE_REQUIRED_PRODUCTION_BUILD_VARS];

    expect(required.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it("names every auth variable, server and pane", () => {
    const auth = [...AUTH_ENV_VARS, ...PANE_AUTH_BUILD_VARS];

    expect(auth.filter((name) => !documented.includes(name))).toEqual([]);
  });
});

describe("the lists of variables the README is checked against", () => {
  it("match what the server's auth configuration reads", () => {
    const source = readFileSync(join(root, "backend", "src", "auth", "config.ts"), "utf8");

    expect(variablesReadIn(source).sort()).toEqual([...AUTH_ENV_VARS].sort());
  });

  it("match what the pane reads at build time", () => {
    const source = sourcesUnder(join(root, "src", "services", "auth")).join("\n");

    expect(variablesReadIn(source).sort()).toEqual([...PANE_AUTH_BUILD_VARS].sort());
  });
});
