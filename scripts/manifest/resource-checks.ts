// Checks on VersionOverrides blocks that the XSD cannot make: unique ids and resource references that resolve to a
// resource of the right kind. Each VersionOverrides block has its own Resources; the nested 1.1 block inherits none.
import type { ManifestProblem } from "./manifest-problem";
import { descendants, xsiType, type XmlElement } from "./xml-tree";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const RESOURCE_KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which resource list an element's resid must point into, by the element's name. */
const EXPECTED_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  Runtime: "Urls",
  Override: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Tooltip: "ShortStrings",
  Description: "LongStrings",
};

export interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

export interface OverridesScope {
  /** "VersionOverrides 1.0" or "VersionOverrides 1.1", for messages. */
  label: string;
  /** The block's own elements, without those of a nested VersionOverrides. */
  elements: XmlElement[];
  resources: Map<string, Resource>;
}

export function findOverridesScopes(root: XmlElement): OverridesScope[] {
  const blocks = [root, ...descendants(root)].filter((element) => element.name === "VersionOverrides");

  return blocks.map((block) => {
    const elements = ownElements(block);
    return { label: scopeLabel(block), elements, resources: collectResources(elements) };
  });
}

export function checkUniqueIds(scope: OverridesScope): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const controlIds = new Map<string, XmlElement>();
  const resourceIds = new Map<string, XmlElement>();

  for (const element of scope.elements) {
    const id = element.attributes["id"];
    if (id === undefined) {
      continue;
    }

    const seen = isResourceEntry(element) ? resourceIds : controlIds;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, element);
    } else {
      const what = isResourceEntry(element) ? "resource id" : "id";
      problems.push({
        rule: "unique-id",
        line: element.line,
        message: `Duplicate ${what} "${id}" in ${scope.label} (first used on line ${first.line}).`,
      });
    }
  }
  return problems;
}

export function checkResourceReferences(scope: OverridesScope): ManifestProblem[] {
  return scope.elements.flatMap((element) => {
    const resid = element.attributes["resid"];
    if (resid === undefined) {
      return [];
    }

    const resource = scope.resources.get(resid);
    const expected = EXPECTED_KIND[element.name];
    if (resource === undefined) {
      const where = expected === undefined ? "its Resources" : `the ${expected} of its Resources`;
      return [problem(element, `${element.name} refers to resource id "${resid}", which is not defined in ${where}.`)];
    }
    if (expected !== undefined && resource.kind !== expected) {
      const message =
        `${element.name} refers to "${resid}", a resource in ${resource.kind}; ` + `it needs one in ${expected}.`;
      return [problem(element, message)];
    }
    return [];
  });

  function problem(element: XmlElement, message: string): ManifestProblem {
    return { rule: "resource-id", line: element.line, message: `${message} (${scope.label})` };
  }
}

function ownElements(block: XmlElement): XmlElement[] {
  return block.children.flatMap((child) => (child.name === "VersionOverrides" ? [] : [child, ...ownElements(child)]));
}

function collectResources(elements: XmlElement[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const lists = elements.filter((element) => (RESOURCE_KINDS as readonly string[]).includes(element.name));

  for (const list of lists) {
    for (const entry of list.children) {
      const id = entry.attributes["id"];
      if (id !== undefined && !resources.has(id)) {
        resources.set(id, { id, kind: list.name as ResourceKind, element: entry });
      }
    }
  }
  return resources;
}

function isResourceEntry(element: XmlElement): boolean {
  // Resource entries are the bt:Image, bt:Url and bt:String children of the four resource lists.
  return (
    (element.name === "Image" || element.name === "Url" || element.name === "String") &&
    "DefaultValue" in element.attributes
  );
}

function scopeLabel(block: XmlElement): string {
  const type = xsiType(block) ?? "";
  const version = /V(\d+)_(\d+)$/.exec(type);
  return version === null ? "VersionOverrides" : `VersionOverrides ${version[1]}.${version[2]}`;
}

/** The resource lists of a scope, for callers that walk one kind (icons, strings). */
export function resourcesOfKind(scope: OverridesScope, kind: ResourceKind): Resource[] {
  return [...scope.resources.values()].filter((resource) => resource.kind === kind);
}
