import type { Page } from "playwright-core";
import { loadSamples } from "../../src/simulator/samples";
import { median, type BenchBrowser } from "./bench-browser";

/** The sample the pane opens on. */
const SAMPLE = "urgent-outage";
const TIMEOUT_MS = 30_000;

export interface RenderTimes {
  /**
   * Navigation start → the email's sender painted in the pane, in ms: Chromium's element timing of the first visible
   * element that shows the sender's name (the moment its text was painted), or, where that is not reported, the
   * moment it was found in the DOM, visible.
   */
  sender: number;
  /** Navigation start → the Ticket tab showing the email's first step (a control, past the analysis), in ms. */
  settled: number;
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
  const watcher = watchForMarkers(senderName(SAMPLE));

  for (let run = 0; run < runs; run++) {
    const page = await browser.freshPage();
    await page.addInitScript({ content: watcher });

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
    .waitForFunction(() => window.paneBench?.done === true, undefined, { timeout: TIMEOUT_MS })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 400).replace(/\s+/g, " "));
      const problem = `the pane did not show the sender and settle within ${TIMEOUT_MS} ms; it shows: ${shown}`;
      throw new Error(problem, { cause: error });
    });
  // One more frame, so that the element timing of the sender's paint has been delivered.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return page.evaluate(() => {
    const marks = window.paneBench ?? {};
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    return {
      sender: marks.senderPainted ?? marks.senderFound ?? Number.NaN,
      settled: marks.settled ?? Number.NaN,
      shell: marks.shell ?? Number.NaN,
      fcp,
    };
  });
}

function senderName(sample: string): string {
  const message = loadSamples().find((candidate) => candidate.id === `sample-${sample}`);
  if (!message) throw new Error(`the simulator has no sample ${sample}`);
  return message.from.name;
}

function medians(times: RenderTimes[]): RenderTimes {
  return {
    sender: median(times.map((t) => t.sender)),
    settled: median(times.map((t) => t.settled)),
    shell: median(times.map((t) => t.shell)),
    fcp: median(times.map((t) => t.fcp)),
  };
}

declare global {
  interface Window {
    paneBench?: { senderFound?: number; senderPainted?: number; settled?: number; shell?: number; done?: boolean };
  }
}

/**
 * Runs in the page before its own scripts. Times are `performance.now()`, i.e. milliseconds since navigation start.
 * DOM mutations catch the moment content is inserted, before it is painted, so the sender's element gets an
 * `elementtiming` attribute in time for Chromium to report when its text was painted; a per-frame check catches
 * the rest (an element shown without a mutation). Plain text, not a function: tsx's name-keeping helpers would not
 * exist in the page.
 */
function watchForMarkers(sender: string): string {
  return `(() => {
  const sender = ${JSON.stringify(sender)};
  const marks = {};
  window.paneBench = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === "pane-sender" && marks.senderPainted === undefined) {
        marks.senderPainted = entry.renderTime || entry.loadTime;
      }
    }
  }).observe({ type: "element", buffered: true });
  const senderElement = () => {
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (node.data.includes(sender) && element && element.checkVisibility()) return element;
    }
    return null;
  };
  const check = () => {
    if (marks.shell === undefined && document.querySelector("[role='tablist']")) marks.shell = performance.now();
    if (marks.senderFound === undefined) {
      const element = senderElement();
      if (element) {
        element.setAttribute("elementtiming", "pane-sender");
        marks.senderFound = performance.now();
      }
    }
    // The loading view is a spinner and its label; every step of the flow offers the agent a control.
    const panel = document.getElementById("panel-ticket");
    if (marks.settled === undefined && panel && panel.querySelector("input, textarea, button, [role='radio']")) {
      marks.settled = performance.now();
    }
    marks.done = marks.senderFound !== undefined && marks.settled !== undefined;
  };
  const everyFrame = () => {
    check();
    if (!marks.done) requestAnimationFrame(everyFrame);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  requestAnimationFrame(everyFrame);
})();`;
}
