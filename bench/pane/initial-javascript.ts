import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { StatsCompilation, StatsModule } from "webpack";

export interface ScriptSize {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export interface ModuleWeight {
  /** An npm package (`@fluentui/react-tabs`) or a source folder (`src/taskpane`). */
  name: string;
  /** Bytes after the loaders, before minification (what webpack's stats report per module). */
  bytes: number;
  share: number;
}

export interface InitialJavaScript {
  scripts: ScriptSize[];
  /** Scripts from other origins the page loads (office.js from Microsoft's CDN); not counted. */
  external: string[];
  gzipBytes: number;
  minifiedBytes: number;
  /** The chunks webpack can load later (lazy tabs, Graph, MSAL), not counted. */
  lazyGzipBytes: number;
  heaviest: ModuleWeight[];
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;

/** The JavaScript `taskpane.html` loads before anything is lazily imported, gzipped at level 9. */
export function measureInitialJavaScript(outputDir: string, stats: StatsCompilation, top = 12): InitialJavaScript {
  const html = fs.readFileSync(path.join(outputDir, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(SCRIPT_SRC)].map((match) => match[1] ?? "");
  const external = sources.filter((src) => /^(https?:)?\/\//.test(src));
  const scripts = sources.filter((src) => !external.includes(src)).map((src) => scriptSize(outputDir, src));

  const initialFiles = new Set(scripts.map((script) => script.file));
  const lazyGzipBytes = lazyFiles(stats, initialFiles).reduce(
    (sum, file) => sum + scriptSize(outputDir, file).gzipBytes,
    0,
  );

  return {
    scripts,
    external,
    gzipBytes: sum(scripts.map((script) => script.gzipBytes)),
    minifiedBytes: sum(scripts.map((script) => script.minifiedBytes)),
    lazyGzipBytes,
    heaviest: heaviestModules(stats, initialFiles, top),
  };
}

function scriptSize(outputDir: string, src: string): ScriptSize {
  const file = src.replace(/^\.?\//, "").split("?")[0] ?? src;
  const content = fs.readFileSync(path.join(outputDir, file));
  return { file, minifiedBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** JavaScript files of chunks that only the pane's entry can reach later (async chunks of the taskpane). */
function lazyFiles(stats: StatsCompilation, initialFiles: Set<string>): string[] {
  const files = (stats.chunks ?? [])
    .filter((chunk) => !chunk.initial)
    .filter((chunk) => (chunk.origins ?? []).some((origin) => isPaneOrigin(origin.moduleName ?? "")))
    .flatMap((chunk) => chunk.files ?? []);
  return [...new Set(files)].filter((file) => file.endsWith(".js") && !initialFiles.has(file));
}

function isPaneOrigin(moduleName: string): boolean {
  return /src\/(taskpane|services|workflow|mailbox|core)\//.test(moduleName);
}

/** Source bytes in the initial chunks, grouped by package or source folder, heaviest first. */
function heaviestModules(stats: StatsCompilation, initialFiles: Set<string>, top: number): ModuleWeight[] {
  const weights = new Map<string, number>();
  const chunks = (stats.chunks ?? []).filter((chunk) => (chunk.files ?? []).some((file) => initialFiles.has(file)));

  for (const module of chunks.flatMap((chunk) => chunk.modules ?? []).flatMap(flatten)) {
    const name = groupOf(module.name ?? "");
    weights.set(name, (weights.get(name) ?? 0) + (module.size ?? 0));
  }

  const total = sum([...weights.values()]);
  return [...weights]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => ({ name, bytes, share: total ? bytes / total : 0 }));
}

/** Concatenated modules (scope hoisting) carry their parts in `modules`; weigh the parts. */
function flatten(module: StatsModule): StatsModule[] {
  return module.modules?.length ? module.modules.flatMap(flatten) : [module];
}

function groupOf(moduleName: string): string {
  const clean = moduleName.replace(/^.*!/, "").replace(/ \+ \d+ modules$/, "");
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (packageMatch?.[1]) return packageMatch[1];

  const sourceMatch = /^\.\/((?:src|backend)\/[^/]+(?:\/[^/]+)?)\//.exec(clean);
  return sourceMatch?.[1] ?? clean;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
