// Icons named in the manifest must exist in assets/ as PNGs of the size the manifest states.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { ManifestProblem } from "./manifest-problem";
import { readPngSize } from "./png-size";
import { resourcesOfKind, type OverridesScope } from "./resource-checks";
import { childrenNamed, descendants, type XmlElement } from "./xml-tree";

/** Sizes Outlook asks for the add-in's own icons (the store listing and the add-in dialogs). */
const ADDIN_ICON_SIZES: Record<string, number> = { IconUrl: 64, HighResolutionIconUrl: 128 };

interface IconUse {
  url: string;
  /** Expected square size in pixels; null when only existence and format can be checked. */
  size: number | null;
  line: number;
}

export function checkIcons(root: XmlElement, scopes: OverridesScope[], assetsDir: string): ManifestProblem[] {
  const uses = [...addinIconUses(root), ...scopes.flatMap(buttonIconUses)];
  const checked = new Set<string>();

  return uses.flatMap((use) => {
    const key = `${use.url}@${use.size ?? "any"}`;
    if (checked.has(key)) {
      return [];
    }
    checked.add(key);
    return checkIconFile(use, assetsDir);
  });
}

function addinIconUses(root: XmlElement): IconUse[] {
  return Object.entries(ADDIN_ICON_SIZES).flatMap(([name, size]) =>
    childrenNamed(root, name).flatMap((element) => urlsOf(element).map((url) => ({ url, size, line: element.line }))),
  );
}

function buttonIconUses(scope: OverridesScope): IconUse[] {
  const images = new Map(resourcesOfKind(scope, "Images").map((resource) => [resource.id, resource.element]));
  const iconImages = scope.elements
    .filter((element) => element.name === "Icon")
    .flatMap((icon) => childrenNamed(icon, "Image"));

  const sized = iconImages.flatMap((image) => {
    const resource = images.get(image.attributes["resid"] ?? "");
    const size = Number(image.attributes["size"]);
    return resource === undefined ? [] : urlsOf(resource).map((url) => ({ url, size, line: image.line }));
  });

  // Every image resource must at least be a PNG in assets/, even when no Icon uses it.
  const unsized = [...images.values()].flatMap((resource) =>
    urlsOf(resource).map((url) => ({ url, size: null, line: resource.line })),
  );
  return [...sized, ...unsized];
}

function urlsOf(element: XmlElement): string[] {
  const overrides = descendants(element).filter((child) => child.name === "Override");
  const values = [element.attributes["DefaultValue"], ...overrides.map((override) => override.attributes["Value"])];
  return values.filter((value): value is string => value !== undefined);
}

function checkIconFile(use: IconUse, assetsDir: string): ManifestProblem[] {
  const fileName = assetFileName(use.url);
  const fail = (message: string): ManifestProblem[] => [{ rule: "icon", line: use.line, message }];

  if (fileName === null) {
    return fail(`Icon ${use.url} is not under /assets/, so it cannot be checked against the files in assets/.`);
  }

  const filePath = path.resolve(assetsDir, fileName);
  if (!filePath.startsWith(path.resolve(assetsDir) + path.sep) || !existsSync(filePath)) {
    return fail(`Icon file assets/${fileName} does not exist (named by ${use.url}).`);
  }

  const size = readPngSize(readFileSync(filePath));
  if (size === null) {
    return fail(`Icon file assets/${fileName} is not a PNG.`);
  }
  if (use.size !== null && (size.width !== use.size || size.height !== use.size)) {
    return fail(
      `Icon file assets/${fileName} is ${size.width}x${size.height} px; the manifest states ${use.size}x${use.size}.`,
    );
  }
  return [];
}

function assetFileName(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }

  const match = /\/assets\/(.+)$/.exec(pathname);
  return match === null ? null : decodeURIComponent(match[1]);
}
