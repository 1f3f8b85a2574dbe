import { buildDistIfStale } from "./build-dist";
import { SKIP_NOTICE, browserTestsRequired, chromiumAvailable } from "./chromium";

/** Once per e2e run: say plainly when the browser suites cannot run, otherwise make sure dist/ is built. */
export default async function globalSetup(): Promise<void> {
  if (!chromiumAvailable()) {
    if (browserTestsRequired()) throw new Error(`${SKIP_NOTICE().replace("; browser tests skipped", "")} (required)`);
    console.log(SKIP_NOTICE());
    return;
  }

  const outcome = await buildDistIfStale();
  if (outcome === "built") console.log("e2e: built dist/ with webpack --mode development");
}
