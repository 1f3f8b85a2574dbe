import { browserTestsRequired, chromiumAvailable } from "./chromium";

/**
 * `describe` for browser suites: runs them when Chromium exists (or CI demands it, so that a missing browser
 * fails loudly), skips them otherwise; the global setup prints the one line saying why. Jest's globals are read
 * only when it is called, so scripts outside jest (benchmarks) can import this module too.
 */
export function describeWithBrowser(name: string, suite: () => void): void {
  const run = chromiumAvailable() || browserTestsRequired();
  (run ? describe : describe.skip)(name, suite);
}
