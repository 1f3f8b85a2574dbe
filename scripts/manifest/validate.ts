// Validates one manifest: well-formed XML, the offline XSD set, then the checks the XSD cannot make.
import path from "node:path";

import { checkManifest } from "./manifest-checks";
import type { ManifestProblem } from "./manifest-problem";
import { validateAgainstSchemas, type XmllintEngine } from "./schema-validation";
import { parseXml, XmlSyntaxError } from "./xml-tree";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

export interface ValidateOptions {
  /** Shown in messages and used by xmllint; defaults to "manifest.xml". */
  fileName?: string;
  schemaDir?: string;
  assetsDir?: string;
  engine?: XmllintEngine;
}

/** The schema folder: the given one, else MANIFEST_SCHEMA_DIR, else ../shared/schemas/manifest beside the repo. */
export function defaultSchemaDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.MANIFEST_SCHEMA_DIR?.trim();
  return configured ? path.resolve(configured) : path.resolve(REPO_ROOT, "..", "shared", "schemas", "manifest");
}

export async function validateManifest(xml: string, options: ValidateOptions = {}): Promise<ManifestProblem[]> {
  const fileName = options.fileName ?? "manifest.xml";
  const schemaDir = options.schemaDir ?? defaultSchemaDir();
  const assetsDir = options.assetsDir ?? path.join(REPO_ROOT, "assets");

  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return [{ rule: "xml", line: error.line, message: `Not well-formed XML: ${error.message}` }];
    }
    throw error;
  }

  const schemaProblems = await validateAgainstSchemas(xml, fileName, schemaDir, options.engine ?? "wasm");
  return [...schemaProblems, ...checkManifest(root, assetsDir)];
}
