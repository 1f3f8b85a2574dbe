// Sanity measure of the priority suggestion on a JSONL file of labelled tickets (subject, body, priority
// high|medium|low). Usage: npm run eval:triage -- FILE.jsonl
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Priority } from "../src/core";
import { suggestPriority } from "../src/core";

type Label = "high" | "medium" | "low";
type Row = { subject?: string; body?: string; priority?: string };

const LABELS: readonly Label[] = ["high", "medium", "low"];

function labelOf(priority: Priority): Label {
  if (priority === "Urgente" || priority === "Alta") return "high";
  return priority === "Media" ? "medium" : "low";
}

function readRows(file: string): Row[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row);
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run eval:triage -- FILE.jsonl");
    process.exit(2);
  }

  const rows = readRows(file).filter((r) => LABELS.includes(r.priority as Label));
  const matrix = new Map<string, number>();
  let correct = 0;
  let highAsBaja = 0;
  let slowest = { ms: 0, index: -1, subject: "" };

  // One untimed call first, so the slowest case is not simply the one that paid for compilation.
  suggestPriority(rows[0]?.subject ?? "", rows[0]?.body ?? "");

  rows.forEach((row, index) => {
    const started = performance.now();
    const { priority } = suggestPriority(row.subject ?? "", row.body ?? "");
    const ms = performance.now() - started;
    const expected = row.priority as Label;
    const got = labelOf(priority);
    if (got === expected) correct++;
    if (expected === "high" && priority === "Baja") highAsBaja++;
    matrix.set(`${expected}/${got}`, (matrix.get(`${expected}/${got}`) ?? 0) + 1);
    if (ms > slowest.ms) slowest = { ms, index, subject: (row.subject ?? "").slice(0, 60) };
  });

  const highs = rows.filter((r) => r.priority === "high").length;
  console.log(`tickets: ${rows.length}`);
  console.log(`accuracy: ${((100 * correct) / rows.length).toFixed(1)} %`);
  console.log("confusion (rows = label, columns = suggestion):");
  console.log(`${"".padEnd(8)}${LABELS.map((l) => l.padStart(8)).join("")}`);
  for (const expected of LABELS) {
    const cells = LABELS.map((got) => String(matrix.get(`${expected}/${got}`) ?? 0).padStart(8));
    console.log(`${expected.padEnd(8)}${cells.join("")}`);
  }
  console.log(
    `high suggested as Baja: ${highAsBaja} of ${highs} (${((100 * highAsBaja) / Math.max(1, highs)).toFixed(1)} %)`,
  );
  console.log(`slowest case: line ${slowest.index + 1}, ${slowest.ms.toFixed(2)} ms ("${slowest.subject}")`);
}

main();
