import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { StatsCompilation } from "webpack";
import { weighModules, type ModuleWeight } from "./module-weights";

export interface ScriptSize {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
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

/** html-webpack-plugin minifies the page in production: attribute values may come without quotes. */
const SCRIPT_SRC = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g;

/** The JavaScript `taskpane.html` loads before anything is lazily imported, gzipped at level 9. */
export function measureInitialJavaScript(outputDir: string, stats: StatsCompilation, top = 12): InitialJavaScript {
  const html = fs.readFileSync(path.join(outputDir, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(SCRIPT_SRC)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
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
    heaviest: weighModules(outputDir, scripts, top),
  };
}

function scriptSize(outputDir: string, src: string): ScriptSize {
  const file = src.replace(/^\.?\//, "").split("?")[0] ?? src;
  const content = fs.readFileSync(path.join(outputDir, file));
  return { file, minifiedBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/**
 * JavaScript files of chunks the pane's code imports later (lazy tabs, MSAL, Graph). A chunk may also be initial for
 * another entry (MSAL for the sign-in dialog page), so what counts is who imports it, not webpack's `initial` flag.
 */
function lazyFiles(stats: StatsCompilation, initialFiles: Set<string>): string[] {
  const files = (stats.chunks ?? [])
    .filter((chunk) => (chunk.origins ?? []).some((origin) => isPaneOrigin(origin.moduleName ?? "")))
    .flatMap((chunk) => chunk.files ?? []);
  return [...new Set(files)].filter((file) => file.endsWith(".js") && !initialFiles.has(file));
}

function isPaneOrigin(moduleName: string): boolean {
  return /src\/(taskpane|services|workflow|mailbox|core)\//.test(moduleName);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
