// One finding about a manifest, from the XSD or from the checks beyond it.

export type ManifestRule = "xml" | "xsd" | "https" | "unique-id" | "resource-id" | "icon" | "length";

export interface ManifestProblem {
  rule: ManifestRule;
  /** 1-based line in the manifest, when known. */
  line: number | null;
  message: string;
}

export function formatProblem(fileName: string, problem: ManifestProblem): string {
  const where = problem.line === null ? fileName : `${fileName}:${problem.line}`;
  return `${where}  [${problem.rule}] ${problem.message}`;
}
