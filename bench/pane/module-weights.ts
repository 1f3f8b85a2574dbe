import fs from "node:fs";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";

export interface ModuleWeight {
  /** An npm package (`@fluentui/react-tabs`) or a source folder (`src/taskpane/ticket`). */
  name: string;
  /** Minified bytes the package's code takes in the scripts. */
  minifiedBytes: number;
  /** Its share of the gzipped scripts, at each script's own compression ratio (an estimate: gzip is not additive). */
  gzipBytes: number;
}

export interface WeighedScript {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/**
 * What the minified scripts are made of, from their source maps (as source-map-explorer does): every byte between
 * two mappings belongs to the first one's source. Webpack's own module sizes are sources before tree shaking, which
 * makes an icon package of two thousand icons look as heavy as all of them.
 */
export function weighModules(outputDir: string, scripts: WeighedScript[], top: number): ModuleWeight[] {
  const weights = new Map<string, { minified: number; gzip: number }>();

  for (const script of scripts) {
    const ratio = script.minifiedBytes ? script.gzipBytes / script.minifiedBytes : 0;
    for (const [name, bytes] of bytesBySource(outputDir, script.file)) {
      const weight = weights.get(name) ?? { minified: 0, gzip: 0 };
      weight.minified += bytes;
      weight.gzip += bytes * ratio;
      weights.set(name, weight);
    }
  }

  return [...weights]
    .sort((a, b) => b[1].minified - a[1].minified)
    .slice(0, top)
    .map(([name, weight]) => ({ name, minifiedBytes: weight.minified, gzipBytes: Math.round(weight.gzip) }));
}

function bytesBySource(outputDir: string, file: string): Map<string, number> {
  const totals = new Map<string, number>();
  const mapFile = path.join(outputDir, `${file}.map`);
  if (!fs.existsSync(mapFile)) return totals;

  const lines = fs.readFileSync(path.join(outputDir, file), "utf8").split("\n");
  const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, "utf8")) as RawSourceMap);
  const add = (name: string, bytes: number): void => {
    if (bytes > 0) totals.set(name, (totals.get(name) ?? 0) + bytes);
  };

  let previous: { line: number; column: number; name: string } | null = null;
  consumer.eachMapping((mapping) => {
    const current = { line: mapping.generatedLine, column: mapping.generatedColumn, name: groupOf(mapping.source) };
    if (previous) add(previous.name, spanBetween(lines, previous, current));
    previous = current;
  });
  if (previous) add((previous as { name: string }).name, spanBetween(lines, previous, null));
  return totals;
}

/** Characters from one mapping to the next (ASCII in minified output, so characters are bytes). */
function spanBetween(
  lines: string[],
  from: { line: number; column: number },
  to: { line: number; column: number } | null,
): number {
  if (to && to.line === from.line) return to.column - from.column;
  return (lines[from.line - 1]?.length ?? 0) - from.column;
}

function groupOf(source: string | null): string {
  if (!source) return "(webpack runtime, unmapped)";
  const clean = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (packageMatch?.[1]) return packageMatch[1];

  const sourceMatch = /^((?:src|backend)\/[^/]+(?:\/[^/]+)?)\//.exec(clean);
  return sourceMatch?.[1] ?? clean;
}
