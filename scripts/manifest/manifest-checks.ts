// The checks beyond the XSD: HTTPS everywhere, unique ids, resolvable resource ids, icons, text lengths.
import { checkIcons } from "./icon-checks";
import type { ManifestProblem } from "./manifest-problem";
import {
  checkResourceReferences,
  checkUniqueIds,
  findOverridesScopes,
  resourcesOfKind,
  type OverridesScope,
} from "./resource-checks";
import { childrenNamed, descendants, type XmlElement } from "./xml-tree";

/** Limits of bt:ShortString and bt:LongString in OfficeAppBasicTypesV1_0.xsd. */
export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;

/** Elements whose DefaultValue (and Override Values) Outlook fetches or navigates to. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

/** An Application ID URI names the API for Entra ID; it is never fetched, so api:// is right there. */
const APPLICATION_ID_URI = /^(api|https):\/\//;

export function checkManifest(root: XmlElement, assetsDir: string): ManifestProblem[] {
  const scopes = findOverridesScopes(root);

  return [
    ...checkHttps(root),
    ...scopes.flatMap(checkUniqueIds),
    ...scopes.flatMap(checkResourceReferences),
    ...checkIcons(root, scopes, assetsDir),
    ...checkLengths(root, scopes),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function checkHttps(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const checked = new Set<XmlElement>();
  const report = (element: XmlElement, value: string, message: string): void => {
    problems.push({ rule: "https", line: element.line, message: `${message}: "${value}"` });
  };

  for (const element of [root, ...descendants(root)]) {
    if (URL_ELEMENTS.has(element.name) && element.attributes["DefaultValue"] !== undefined) {
      checkFetchedUrl(element, element.attributes["DefaultValue"], element.name, report);
      for (const override of childrenNamed(element, "Override")) {
        checkFetchedUrl(override, override.attributes["Value"] ?? "", `${element.name} override`, report);
        checked.add(override);
      }
    } else if (element.name === "AppDomain") {
      checkFetchedUrl(element, element.text.trim(), element.name, report);
    } else if (element.name === "Resource") {
      if (!APPLICATION_ID_URI.test(element.text.trim())) {
        report(
          element,
          element.text.trim(),
          "WebApplicationInfo Resource must be an api:// or https:// Application ID URI",
        );
      }
    } else if (!checked.has(element)) {
      // Anything else that looks like an address must not be plain http either (elements added later).
      const leafText = element.children.length === 0 ? [element.text.trim()] : [];
      const insecure = [...Object.values(element.attributes), ...leafText].find((value) => /^http:\/\//i.test(value));
      if (insecure !== undefined) {
        report(element, insecure, `${element.name} uses http; Outlook loads add-in content only over https`);
      }
    }
  }
  return problems;
}

type Report = (element: XmlElement, value: string, message: string) => void;

function checkFetchedUrl(element: XmlElement, value: string, name: string, report: Report): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    report(element, value, `${name} must be an absolute https address`);
    return;
  }

  if (url.protocol !== "https:") {
    report(element, value, `${name} must use https; Outlook loads add-in content only over https`);
  }
}

function checkLengths(root: XmlElement, scopes: OverridesScope[]): ManifestProblem[] {
  const manifestTexts = [
    ...childrenNamed(root, "ProviderName").map((element) => textEntry(element, element.text.trim(), SHORT_STRING_MAX)),
    ...childrenNamed(root, "DisplayName").flatMap((element) => localisedEntries(element, SHORT_STRING_MAX)),
    ...childrenNamed(root, "Description").flatMap((element) => localisedEntries(element, LONG_STRING_MAX)),
  ];
  const resourceTexts = scopes.flatMap((scope) => [
    ...resourcesOfKind(scope, "ShortStrings").flatMap((resource) =>
      localisedEntries(resource.element, SHORT_STRING_MAX),
    ),
    ...resourcesOfKind(scope, "LongStrings").flatMap((resource) => localisedEntries(resource.element, LONG_STRING_MAX)),
  ]);

  return [...manifestTexts, ...resourceTexts]
    .filter((entry) => entry.text.length > entry.max)
    .map((entry) => ({
      rule: "length",
      line: entry.line,
      message:
        `${entry.name} text is ${entry.text.length} characters; ` +
        `the limit is ${entry.max}: "${entry.text.slice(0, 40)}…"`,
    }));
}

interface TextEntry {
  name: string;
  text: string;
  max: number;
  line: number;
}

function textEntry(element: XmlElement, text: string, max: number): TextEntry {
  const id = element.attributes["id"];
  return { name: id === undefined ? element.name : `${element.name} "${id}"`, text, max, line: element.line };
}

/** The DefaultValue and every locale Override of a localised setting or string resource. */
function localisedEntries(element: XmlElement, max: number): TextEntry[] {
  const main = textEntry(element, element.attributes["DefaultValue"] ?? "", max);
  const overrides = childrenNamed(element, "Override").map((override) => ({
    name: `${main.name} (${override.attributes["Locale"] ?? "?"})`,
    text: override.attributes["Value"] ?? "",
    max,
    line: override.line,
  }));
  return [main, ...overrides];
}
