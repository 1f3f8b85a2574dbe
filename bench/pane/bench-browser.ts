import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../../test/e2e/support/browser";

export interface BenchBrowser {
  /** A page in a fresh context (no HTTP cache), its CPU slowed `cpuSlowdown` times, loopback certificate accepted. */
  freshPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The browser-test harness's Chromium (loopback only), with pages whose CPU is slowed for measuring. */
export async function launchBenchBrowser(cpuSlowdown: number): Promise<BenchBrowser> {
  const { browser } = await launchBrowser();

  return {
    async freshPage() {
      const context: BrowserContext = await browser.newContext({ ignoreHTTPSErrors: true, locale: "es-ES" });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
      return page;
    },
    close: () => browser.close(),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
