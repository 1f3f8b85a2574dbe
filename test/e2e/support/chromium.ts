import fs from "node:fs";

/** The system's Chromium (Debian's package); `npx playwright install` cannot run on this network. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(chromiumPath());
}

/** In CI (REQUIRE_ALL_SUITES=1) no suite may be skipped; a missing browser is a failure there. */
export function browserTestsRequired(): boolean {
  return process.env.REQUIRE_ALL_SUITES === "1";
}

export const SKIP_NOTICE = (): string => `e2e: Chromium not found at ${chromiumPath()}; browser tests skipped`;
