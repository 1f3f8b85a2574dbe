import type { Page } from "playwright-core";
import { median, type BenchBrowser } from "./bench-browser";

/** The sample the pane opens on. */
const SAMPLE = "urgent-outage";
const TIMEOUT_MS = 30_000;

export interface RenderTimes {
  /**
   * Navigation start → the Ticket tab showing the email's first step (its first control, past the loading spinner),
   * in ms.
   */
  sender: number;
  /** Navigation start → the pane's tab list in the DOM (first render of the pane's own UI), in ms. */
  shell: number;
  /** First contentful paint as Chromium reports it, in ms. */
  fcp: number;
}

export interface FirstRender {
  cold: RenderTimes;
  warm: RenderTimes;
  runs: number;
}

/**
 * Opens the simulator's pane host (the fake Office host, then the real pane bundle) in a fresh context (cold, empty
 * HTTP cache), then reloads it (warm: HTTP cache and compiled code kept); `runs` times, medians reported.
 */
export async function measureFirstRender(browser: BenchBrowser, baseUrl: string, runs: number): Promise<FirstRender> {
  const cold: RenderTimes[] = [];
  const warm: RenderTimes[] = [];
  const url = `${baseUrl}/simulator-taskpane.html?sample=${SAMPLE}`;

  for (let run = 0; run < runs; run++) {
    const page = await browser.freshPage();
    await page.addInitScript({ content: WATCH_FOR_MARKERS });

    await page.goto(url);
    cold.push(await markers(page));
    await page.reload();
    warm.push(await markers(page));
    await page.context().close();
  }
  return { cold: medians(cold), warm: medians(warm), runs };
}

async function markers(page: Page): Promise<RenderTimes> {
  await page
    .waitForFunction(() => window.paneBench?.sender !== undefined, undefined, { timeout: TIMEOUT_MS })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 400).replace(/\s+/g, " "));
      throw new Error(`the Ticket tab did not settle within ${TIMEOUT_MS} ms; it shows: ${shown}`, { cause: error });
    });
  return page.evaluate(() => {
    const marks = window.paneBench ?? {};
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    return { sender: marks.sender ?? Number.NaN, shell: marks.shell ?? Number.NaN, fcp };
  });
}

function medians(times: RenderTimes[]): RenderTimes {
  return {
    sender: median(times.map((t) => t.sender)),
    shell: median(times.map((t) => t.shell)),
    fcp: median(times.map((t) => t.fcp)),
  };
}

declare global {
  interface Window {
    paneBench?: { sender?: number; shell?: number };
  }
}

/**
 * Runs in the page before its own scripts. Times are `performance.now()`, i.e. milliseconds since navigation start.
 * DOM mutations catch the moment content is inserted; a per-frame check catches the rest. Plain text, not a function:
 * tsx's name-keeping helpers would not exist in the page.
 */
const WATCH_FOR_MARKERS = `(() => {
  const marks = {};
  window.paneBench = marks;
  const check = () => {
    if (marks.shell === undefined && document.querySelector("[role='tablist']")) marks.shell = performance.now();
    if (marks.sender !== undefined) return;
    // The loading view is a spinner and its label; every step of the flow offers the agent a control.
    const panel = document.getElementById("panel-ticket");
    if (panel && panel.querySelector("input, textarea, button, [role='radio']")) marks.sender = performance.now();
  };
  const everyFrame = () => {
    check();
    if (marks.sender === undefined) requestAnimationFrame(everyFrame);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  requestAnimationFrame(everyFrame);
})();`;
