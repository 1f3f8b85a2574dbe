// Helpers for the manifest tests: the committed manifest, and copies of it with one deliberate change.
import { readFileSync } from "node:fs";
import path from "node:path";

import type { ManifestProblem } from "../../../scripts/manifest/manifest-problem";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
export const ASSETS_DIR = path.join(REPO_ROOT, "assets");

export function committedManifest(): string {
  return readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
}

export function fixture(name: string): string {
  return readFileSync(path.join(REPO_ROOT, "test", "fixtures", "manifest", name), "utf8");
}

/**
 * Replaces one occurrence of `from` (the first, or the last: the VersionOverrides 1.1 copy) and fails loudly when
 * the manifest no longer contains it, so a test never passes on an unchanged manifest.
 */
export function withChange(xml: string, from: string, to: string, which: "first" | "last" = "first"): string {
  const index = which === "first" ? xml.indexOf(from) : xml.lastIndexOf(from);
  if (index < 0) {
    throw new Error(`The manifest no longer contains ${from}; update the test.`);
  }
  return xml.slice(0, index) + to + xml.slice(index + from.length);
}

/** 1-based line number of the nth line (1-based, or the last) that contains `text`. */
export function lineOf(xml: string, text: string, occurrence: number | "last" = 1): number {
  const lines = xml.split("\n");
  const matches = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  const line = occurrence === "last" ? matches.at(-1) : matches[occurrence - 1];
  if (line === undefined) {
    throw new Error(`No line ${String(occurrence)} contains ${text}`);
  }
  return line;
}

/** The single problem found; fails with the whole list when there are none or several. */
export function onlyProblem(problems: ManifestProblem[]): ManifestProblem {
  if (problems.length !== 1) {
    throw new Error(`Expected exactly one problem, got ${problems.length}:\n${JSON.stringify(problems, null, 2)}`);
  }
  return problems[0];
}
