// XSD validation of a manifest against the offline schema set, with xmllint-wasm or Debian's native xmllint.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { validateXML } from "xmllint-wasm";

import type { ManifestProblem } from "./manifest-problem";

export type XmllintEngine = "wasm" | "native";

/** The root schema; it imports the other five by file name. */
export const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

export class SchemaFolderError extends Error {
  override name = "SchemaFolderError";
}

interface SchemaFile {
  fileName: string;
  contents: string;
}

export async function validateAgainstSchemas(
  xml: string,
  fileName: string,
  schemaDir: string,
  engine: XmllintEngine,
): Promise<ManifestProblem[]> {
  const schemas = await readSchemas(schemaDir);

  const messages =
    engine === "wasm" ? await runWasm(xml, fileName, schemas) : await runNative(xml, fileName, schemaDir);
  return messages.map((entry) => ({ rule: "xsd", line: entry.line, message: readableMessage(entry.message) }));
}

async function readSchemas(schemaDir: string): Promise<SchemaFile[]> {
  const names = await readdir(schemaDir).catch(() => {
    throw new SchemaFolderError(
      `Schema folder not found: ${schemaDir}. ` +
        `Pass --schemas DIR or set MANIFEST_SCHEMA_DIR to the folder with ${ROOT_SCHEMA}.`,
    );
  });
  const xsdNames = names.filter((name) => name.endsWith(".xsd"));

  if (!xsdNames.includes(ROOT_SCHEMA)) {
    throw new SchemaFolderError(`${schemaDir} has no ${ROOT_SCHEMA}; it needs the six manifest XSD files together.`);
  }

  // Root schema first; xmllint resolves the imports against the preloaded files by name.
  const ordered = [ROOT_SCHEMA, ...xsdNames.filter((name) => name !== ROOT_SCHEMA).sort()];
  return Promise.all(
    ordered.map(async (name) => ({ fileName: name, contents: await readFile(path.join(schemaDir, name), "utf8") })),
  );
}

interface RawMessage {
  line: number | null;
  message: string;
}

async function runWasm(xml: string, fileName: string, schemas: SchemaFile[]): Promise<RawMessage[]> {
  const [root, ...imports] = schemas;
  const result = await validateXML({
    xml: [{ fileName: path.basename(fileName), contents: xml }],
    schema: [root],
    preload: imports,
  });

  return result.errors.map((error) => ({ line: error.loc?.lineNumber ?? null, message: error.message }));
}

async function runNative(xml: string, fileName: string, schemaDir: string): Promise<RawMessage[]> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "manifest-"));
  const xmlPath = path.join(workDir, path.basename(fileName));

  try {
    await writeFile(xmlPath, xml);
    const output = await runXmllint(["--noout", "--nonet", "--schema", path.join(schemaDir, ROOT_SCHEMA), xmlPath]);
    return parseNativeOutput(output, xmlPath);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function runXmllint(args: string[]): Promise<string> {
  try {
    const { stderr } = await promisify(execFile)("xmllint", args);
    return stderr;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT") {
      throw new SchemaFolderError(
        "xmllint is not installed (Debian: apt-get install libxml2-utils); use --xmllint wasm.",
      );
    }
    return failure.stderr ?? String(error);
  }
}

function parseNativeOutput(output: string, xmlPath: string): RawMessage[] {
  const located = new RegExp(`^${escapeRegExp(xmlPath)}:(\\d+): (.*)$`);

  return output
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.endsWith(" validates") && !line.endsWith(" fails to validate"))
    .map((line) => {
      const match = located.exec(line);
      return match === null ? { line: null, message: line } : { line: Number(match[1]), message: match[2] };
    });
}

/** Drops the namespace URIs that xmllint puts in every element name; the line number says where it is. */
function readableMessage(message: string): string {
  return message
    .replace(/\{(?:https?|urn):[^}]*\}/g, "")
    .replace(/^element \S+: /, "")
    .replace(/^Schemas validity error : /, "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
