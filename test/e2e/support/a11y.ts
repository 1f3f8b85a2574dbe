import fs from "node:fs";
import type { Frame, Page } from "playwright-core";

const axeSource = fs.readFileSync(require.resolve("axe-core"), "utf8");

/**
 * Fluent UI's focus manager (tabster) adds `<i data-tabster-dummy aria-hidden tabindex="0">` bumpers that only
 * redirect focus; axe reports them as aria-hidden-focus.
 * Known upstream: https://github.com/microsoft/tabster/issues/288
 */
const ALWAYS_EXCLUDED = ["[data-tabster-dummy]"];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface A11yOptions {
  /** CSS selectors to leave out, e.g. a third-party widget under its own issue. */
  exclude?: string[];
}

/**
 * Runs axe-core in the page and in each of its same-origin frames (the task pane included) and fails with a
 * readable list when any violation is serious or critical. Sandboxed email frames cannot run scripts and are
 * not checked; their content is the customer's, not ours.
 */
export async function expectNoSeriousA11yViolations(target: Page | Frame, options: A11yOptions = {}): Promise<void> {
  const frames = "mainFrame" in target ? target.frames().filter(isCheckable) : [target];
  const violations: string[] = [];

  for (const frame of frames) {
    for (const violation of await runAxe(frame, options)) {
      violations.push(
        `${frame.url()} ${violation.impact} ${violation.id}: ${violation.help} → ${violation.targets.join(", ")}`,
      );
    }
  }

  if (violations.length > 0) throw new Error(`axe found serious or critical violations:\n${violations.join("\n")}`);
}

function isCheckable(frame: Frame): boolean {
  return /^https?:/.test(frame.url()) && !frame.isDetached();
}

async function runAxe(frame: Frame, options: A11yOptions): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await frame.evaluate(axeSource);

  return frame.evaluate(
    async (exclude: string[]) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } })
        .axe;
      const result = await axe.run(
        { include: [document], exclude: exclude.map((selector) => [selector]) },
        {
          iframes: false,
          resultTypes: ["violations"],
        },
      );
      return result.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(" ")),
        }));
    },
    [...ALWAYS_EXCLUDED, ...(options.exclude ?? [])],
  );
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}
