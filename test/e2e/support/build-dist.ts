import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".e2e-build-stamp");
const LOCK = path.join(ROOT, "node_modules/.cache/e2e-build.lock");
const INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "manifest.xml",
  "scripts/render-manifest.cjs",
  "package-lock.json",
];
const LOCK_STALE_MS = 10 * 60_000;

/** True when dist/ is missing or older than anything the build reads. */
export function isDistStale(): boolean {
  if (!fs.existsSync(STAMP)) return true;
  const built = fs.statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestChange(path.join(ROOT, input)) > built);
}

/**
 * Builds dist/ in development mode when stale. Several test runs may start at once on a shared machine, so one
 * builds under a lock while the others wait, then find dist/ fresh.
 */
export async function buildDistIfStale(): Promise<"fresh" | "built"> {
  if (!isDistStale()) return "fresh";

  await acquireLock();
  try {
    if (!isDistStale()) return "fresh";
    runWebpack();
    fs.writeFileSync(STAMP, new Date().toISOString());
    return "built";
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function runWebpack(): void {
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [cli, "--mode", "development"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`e2e: webpack --mode development failed\n${result.stdout}\n${result.stderr}`);
  }
}

async function acquireLock(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch {
      // A lock left by a killed run must not block every later one.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function newestChange(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;

  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestChange(path.join(target, entry))), stat.mtimeMs);
}
