// npm run bench:pane -- [--customers N] [--runs N] [--clicks N] [--cpu-slowdown N] [--size-only] [--json]
// Builds the pane for production into a temp dir and weighs the JavaScript taskpane.html loads; then, in headless
// Chromium with the CPU slowed, times the pane's first render (cold and warm) and the ribbon's one click to the reply
// form against the real backend on a CRM of N generated customers. Prints a table, or one JSON object.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBenchBrowser } from "./bench-browser";
import { buildProduction } from "./build-pane";
import { crmWithCustomers } from "./crm-database";
import { measureFirstRender } from "./first-render";
import { measureInitialJavaScript } from "./initial-javascript";
import { measureOneClick } from "./one-click";
import { startPaneServer } from "./pane-server";
import { BUDGETS, table, type PaneFigures } from "./report";

const { values: options } = parseArgs({
  options: {
    customers: { type: "string", default: "1000000" },
    runs: { type: "string", default: "7" },
    clicks: { type: "string", default: "8" },
    "cpu-slowdown": { type: "string", default: "4" },
    "size-only": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const customers = positive("customers");
const cpuSlowdown = positive("cpu-slowdown");

function positive(name: "customers" | "runs" | "clicks" | "cpu-slowdown"): number {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

/** Progress goes to standard error, so `--json` output stays one clean object. */
function say(message: string): void {
  process.stderr.write(`[bench:pane ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-pane-bench-build-"));
  const cleanups: (() => Promise<void> | void)[] = [() => fs.rmSync(work, { recursive: true, force: true })];
  try {
    say("building the pane for production (webpack --mode production)");
    const sizeDir = path.join(work, "production");
    const initialJavaScript = measureInitialJavaScript(sizeDir, await buildProduction(sizeDir, { sourceMaps: true }));
    const figures: PaneFigures = {
      initialJavaScript,
      firstRender: null,
      oneClick: null,
      customers,
      cpuSlowdown,
      loadAverage: os.loadavg(),
      cores: os.cpus().length,
    };
    if (!options["size-only"]) await measureInBrowser(work, figures, cleanups);

    figures.loadAverage = os.loadavg();
    process.stdout.write(
      options.json ? `${JSON.stringify({ ...figures, budgets: BUDGETS })}\n` : `${table(figures)}\n`,
    );
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

async function measureInBrowser(work: string, figures: PaneFigures, cleanups: (() => Promise<void> | void)[]) {
  // The same production build plus the simulator pages (BUILD_SIMULATOR=1) with the development sign-in: the
  // simulator has no Entra ID to sign in against.
  say("building again with ADDIN_AUTH_MODE=development for the simulator");
  const simulatorDir = path.join(work, "simulator");
  await buildProduction(simulatorDir, { define: { ADDIN_AUTH_MODE: "development", BUILD_SIMULATOR: "1" } });

  const crm = await crmWithCustomers(customers, say);
  cleanups.push(() => crm.drop());
  const server = await startPaneServer(crm.file, simulatorDir);
  cleanups.push(() => server.close());
  const browser = await launchBenchBrowser(cpuSlowdown);
  cleanups.push(() => browser.close());

  say(`first render, ${positive("runs")} cold and warm loads, CPU slowed ${cpuSlowdown}x`);
  figures.firstRender = await measureFirstRender(browser, server.url, positive("runs"));
  say(`one click to the reply form, ${positive("clicks")} emails from CRM customers`);
  figures.oneClick = await measureOneClick(browser, server.url, crm.senders, positive("clicks"));
}

main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
