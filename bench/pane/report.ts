import type { FirstRender, RenderTimes } from "./first-render";
import type { InitialJavaScript } from "./initial-javascript";
import type { OneClick } from "./one-click";

export interface PaneFigures {
  initialJavaScript: InitialJavaScript;
  firstRender: FirstRender | null;
  oneClick: OneClick | null;
  customers: number;
  cpuSlowdown: number;
  /** One-, five- and fifteen-minute load averages while the benchmark ran, and the machine's cores. */
  loadAverage: number[];
  cores: number;
}

export const BUDGETS = { initialGzipKB: 130, firstRenderWarmMs: 300, firstRenderColdMs: 800, oneClickMs: 1000 };

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${Math.round(value)} ms`;
const verdict = (ok: boolean): string => (ok ? "ok" : "OVER");

/** The figures as a plain-text table, budgets beside them, then the heaviest modules of the initial JavaScript. */
export function table(figures: PaneFigures): string {
  const { initialJavaScript: js, firstRender, oneClick } = figures;
  const rows: [string, string, string, string][] = [
    [
      "Initial JavaScript (min+gzip -9)",
      kb(js.gzipBytes),
      `≤ ${BUDGETS.initialGzipKB} KB`,
      verdict(js.gzipBytes <= BUDGETS.initialGzipKB * 1024),
    ],
    ["  minified, not compressed", kb(js.minifiedBytes), "", ""],
    ["  lazy chunks (not counted), gzip", kb(js.lazyGzipBytes), "", ""],
  ];
  if (firstRender) rows.push(...renderRows(firstRender));
  if (oneClick) {
    rows.push(
      [
        `One click → Responder, median of ${oneClick.runs - 1}`,
        ms(oneClick.median),
        `≤ ${BUDGETS.oneClickMs} ms`,
        verdict(oneClick.median <= BUDGETS.oneClickMs),
      ],
      ["  first click (function file not cached)", ms(oneClick.first), "", ""],
      ["  slowest of the rest", ms(oneClick.max), "", ""],
    );
  }

  const lines = [
    `Pane benchmarks: CPU slowed ${figures.cpuSlowdown}x, ` +
      `${figures.customers.toLocaleString("en")} customers in the CRM, ` +
      `load average ${figures.loadAverage.map((value) => value.toFixed(2)).join(" ")} on ${figures.cores} cores`,
    "",
    ...columns([["Figure", "Measured", "Budget", ""], ...rows]),
    "",
    `Scripts taskpane.html loads: ${js.scripts.map((s) => `${s.file} ${kb(s.gzipBytes)}`).join(", ")}` +
      (js.external.length ? `; external, not counted: ${js.external.join(", ")}` : ""),
    "",
    "Heaviest in the initial JavaScript (from the source maps; gzip share estimated per script):",
    ...columns([
      ["Package or folder", "Minified", "≈ gzip"],
      ...js.heaviest.map((m) => [m.name, kb(m.minifiedBytes), kb(m.gzipBytes)]),
    ]),
  ];
  return lines.join("\n");
}

function renderRows(render: FirstRender): [string, string, string, string][] {
  return [...renderRowsFor("cold", render.cold, render.runs), ...renderRowsFor("warm", render.warm, render.runs)];
}

function renderRowsFor(kind: "cold" | "warm", times: RenderTimes, runs: number): [string, string, string, string][] {
  const budget = kind === "cold" ? BUDGETS.firstRenderColdMs : BUDGETS.firstRenderWarmMs;
  return [
    [
      `First render, ${kind} (median of ${runs}): sender painted`,
      ms(times.sender),
      `≤ ${budget} ms`,
      verdict(times.sender <= budget),
    ],
    [`  ${kind}: tab list in the DOM / first contentful paint`, `${ms(times.shell)} / ${ms(times.fcp)}`, "", ""],
    [`  ${kind}: Ticket tab settled (customer match answered)`, ms(times.settled), "", ""],
  ];
}

function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}
