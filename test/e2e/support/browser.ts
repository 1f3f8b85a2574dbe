import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { chromiumPath } from "./chromium";

export interface TestBrowser {
  browser: Browser;
  /** A page in a fresh context (own storage) that accepts the test server's throwaway certificate. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Headless system Chromium with everything that would reach beyond loopback switched off. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
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
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "es-ES", ...options });
      return context.newPage();
    },
    close: () => browser.close(),
  };
}
