import { spawnSync } from "node:child_process";
import path from "node:path";

import { REPO_ROOT } from "./manifest-variants";

// Runs the command that `npm run validate` runs, as a person would; tsx start-up makes this the slow test here.
jest.setTimeout(60_000);

function runValidate(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; output: string } {
  const tsx = path.join(REPO_ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, ["scripts/validate-manifest.ts", ...args], { cwd: REPO_ROOT, env, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("npm run validate", () => {
  it("passes the committed manifest and fails the broken fixture with its line, exiting 1", () => {
    const result = runValidate(["manifest.xml", "test/fixtures/manifest/broken-manifest.xml"]);

    expect(result.output).toContain("manifest.xml: valid");
    expect(result.output).toMatch(/broken-manifest\.xml:\d+ {2}\[xsd\] Element 'Permissions'/);
    expect(result.output).toContain("broken-manifest.xml: 1 problem");
    expect(result.status).toBe(1);
  });

  it("says where to point it when the schema folder is missing, exiting 2", () => {
    const result = runValidate(["manifest.xml"], { ...process.env, MANIFEST_SCHEMA_DIR: "/nonexistent/schemas" });

    expect(result.output).toMatch(/Schema folder not found: \/nonexistent\/schemas\. Pass --schemas DIR/);
    expect(result.status).toBe(2);
  });
});
