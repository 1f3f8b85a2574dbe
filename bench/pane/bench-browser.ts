import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export interface BenchBrowser {
  /** A page in a fresh context (no HTTP cache), its CPU slowed `cpuSlowdown` times, loopback certificate accepted. */
  freshPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Headless system Chromium with everything that would reach beyond loopback switched off. */
export async function launchBenchBrowser(cpuSlowdown: number): Promise<BenchBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

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
