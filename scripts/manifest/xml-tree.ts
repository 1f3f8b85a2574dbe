// A small namespace-aware element tree with line numbers, enough for the checks that XSD cannot express.
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  namespace: string;
  /** Attributes by local name (xsi:type is "type"); namespace declarations are left out. */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let startLine = 1;

  parser.on("opentagstart", () => {
    startLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.local,
      namespace: tag.uri,
      attributes: Object.fromEntries(
        Object.values(tag.attributes)
          .filter((attr) => attr.prefix !== "xmlns" && attr.name !== "xmlns")
          .map((attr) => [attr.local, attr.value]),
      ),
      children: [],
      text: "",
      line: startLine,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => appendText(stack, text));
  parser.on("cdata", (text) => appendText(stack, text));
  parser.on("closetag", () => stack.pop());
  parser.on("error", (error) => {
    throw new XmlSyntaxError(error.message, parser.line);
  });

  parser.write(xml).close();
  if (root === undefined) {
    throw new XmlSyntaxError("The file contains no XML element.", 1);
  }
  return root;
}

function appendText(stack: XmlElement[], text: string): void {
  const current = stack.at(-1);
  if (current !== undefined) {
    current.text += text;
  }
}

/** All descendants of `element` (not itself), in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The local part of an xsi:type value such as "mailappor:VersionOverridesV1_0". */
export function xsiType(element: XmlElement): string | undefined {
  return element.attributes["type"]?.split(":").at(-1);
}
