/**
 * Validates add-in manifests offline: the XSD set in ../shared/schemas/manifest plus the checks the XSD cannot
 * make (https everywhere, unique ids, resource ids that resolve, icons present at their stated sizes, text lengths).
 *
 *   npm run validate
 *   tsx scripts/validate-manifest.ts [FILE...] [--schemas DIR] [--assets DIR] [--xmllint wasm|native]
 *
 * The schema folder may also come from MANIFEST_SCHEMA_DIR, the engine from MANIFEST_XMLLINT.
 * Exit status: 0 valid, 1 problems found, 2 the validator could not run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import { formatProblem } from "./manifest/manifest-problem";
import type { XmllintEngine } from "./manifest/schema-validation";
import { defaultSchemaDir, REPO_ROOT, validateManifest } from "./manifest/validate";

interface CliOptions {
  files: string[];
  schemaDir: string;
  assetsDir: string;
  engine: XmllintEngine;
}

const USAGE = "usage: validate-manifest [FILE...] [--schemas DIR] [--assets DIR] [--xmllint wasm|native]";

function parseArgs(args: string[]): CliOptions {
  const files: string[] = [];
  const flags: Record<string, string> = {};

  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const value = args[++index];
    if (!["--schemas", "--assets", "--xmllint"].includes(arg) || value === undefined) {
      throw new UsageError(`unknown or incomplete option ${arg}\n${USAGE}`);
    }
    flags[arg] = value;
  }

  const engine = flags["--xmllint"] ?? process.env.MANIFEST_XMLLINT ?? "wasm";
  if (engine !== "wasm" && engine !== "native") {
    throw new UsageError(`--xmllint must be wasm or native, not "${engine}"`);
  }

  return {
    files: files.length > 0 ? files : ["manifest.xml"],
    schemaDir: flags["--schemas"] ? path.resolve(flags["--schemas"]) : defaultSchemaDir(),
    assetsDir: path.resolve(flags["--assets"] ?? path.join(REPO_ROOT, "assets")),
    engine,
  };
}

class UsageError extends Error {}

async function validateFile(file: string, options: CliOptions): Promise<boolean> {
  const xml = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const problems = await validateManifest(xml, { ...options, fileName: path.basename(file) });

  if (problems.length === 0) {
    console.log(`${file}: valid (XSD, https, unique ids, resource ids, icons, text lengths)`);
    return true;
  }
  for (const problem of problems) {
    console.log(formatProblem(file, problem));
  }
  console.log(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  return false;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const engineName = options.engine === "wasm" ? "xmllint-wasm" : "xmllint";
  console.log(`Schemas: ${options.schemaDir} (${engineName})`);

  let allValid = true;
  for (const file of options.files) {
    allValid = (await validateFile(file, options)) && allValid;
  }
  return allValid ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`validate-manifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
