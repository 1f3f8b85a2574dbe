import { readFileSync } from "node:fs";
import path from "node:path";

import { manualSteps, planSideload, runSideload } from "../../../scripts/sideload";
import { REPO_ROOT } from "./manifest-variants";

describe("npm run sideload", () => {
  it.each(["win32", "darwin"] as const)("runs office-addin-debugging through npx on %s", (platform) => {
    const plan = planSideload(platform, false);

    expect(plan).toEqual({
      kind: "run",
      command: "npx",
      args: ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "outlook"],
    });
  });

  it("stops the sideloaded add-in with --stop", () => {
    const plan = planSideload("win32", true);

    expect(plan).toEqual({
      kind: "run",
      command: "npx",
      args: ["--yes", "office-addin-debugging", "stop", "manifest.xml"],
    });
  });

  it("prints the steps for Outlook on the web, new Outlook and classic Outlook on Linux, and succeeds", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);

    const exitCode = runSideload([], "linux");

    const printed = log.mock.calls.flat().join("\n");
    log.mockRestore();
    expect(exitCode).toBe(0);
    expect(printed).toContain("Outlook on the web, and the new Outlook for Windows:");
    expect(printed).toContain("Classic Outlook on Windows:");
    expect(printed).toContain("Add a custom add-in");
    expect(printed).toContain("https://localhost:3000/manifest.xml");
  });

  it("names a manifest file that exists", () => {
    const steps = manualSteps(REPO_ROOT);

    const file = /Manifest file: (.+)/.exec(steps)?.[1] ?? "";
    expect(readFileSync(file, "utf8")).toContain("<OfficeApp");
  });

  it("keeps office-addin-debugging out of package.json, whose keytar peer breaks a fresh npm install", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as Record<string, unknown>;

    const declared = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) };

    expect(Object.keys(declared)).not.toContain("office-addin-debugging");
  });
});
