import { joinTidy } from "../text/lines";
import { decodeEntities } from "./html-entities";

// Elements whose content is never text for a person.
const SKIPPED = new Set(["script", "style", "head", "title", "template", "noscript", "xml", "svg", "object"]);
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "table",
  "tr",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "address",
  "center",
  "form",
  "fieldset",
  "hr",
  "tbody",
  "thead",
  "body",
]);

type Writer = { parts: string[]; quoteDepth: number; atLineStart: boolean };

function writeText(w: Writer, raw: string): void {
  let text = decodeEntities(raw).replace(/\s+/g, " ");
  // White space between tags collapses with the space already written, as a browser would show it.
  if (w.atLineStart || (w.parts.at(-1) ?? "").endsWith(" ")) text = text.trimStart();
  if (text === "") return;
  if (w.atLineStart && w.quoteDepth > 0) w.parts.push("> ");
  w.parts.push(text);
  w.atLineStart = false;
}

function newLine(w: Writer, blank = false): void {
  w.parts.push(blank ? "\n\n" : "\n");
  w.atLineStart = true;
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 45;
}

function tagName(tag: string): { name: string; closing: boolean } {
  const closing = tag.startsWith("/");
  let i = closing ? 1 : 0;
  while (i < tag.length && isNameChar(tag.charCodeAt(i))) i++;
  return { name: tag.slice(closing ? 1 : 0, i).toLowerCase(), closing };
}

function applyTag(w: Writer, name: string, closing: boolean): void {
  if (name === "br") return newLine(w);
  if (name === "li" && !closing) {
    newLine(w);
    return writeText(w, "- ");
  }
  if (name === "td" || name === "th") return closing ? writeText(w, " | ") : undefined;
  if (name === "blockquote") {
    w.quoteDepth = Math.max(0, w.quoteDepth + (closing ? -1 : 1));
    return newLine(w);
  }
  if (BLOCKS.has(name)) newLine(w, name === "p" || name === "table");
}

/**
 * Readable text from an email's HTML: paragraphs and list items on their own lines, table cells separated by
 * " | ", blockquotes marked with "> " so quote removal can see them, entities decoded, no markup left.
 * One left-to-right pass with indexOf, so broken or hostile markup cannot make it slow.
 */
export function htmlToText(html: string): string {
  const w: Writer = { parts: [], quoteDepth: 0, atLineStart: true };
  let i = 0;

  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      writeText(w, html.slice(i));
      break;
    }
    if (lt > i) writeText(w, html.slice(i, lt));

    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const { name, closing } = tagName(html.slice(lt + 1, Math.min(gt, lt + 40)));
    i = gt + 1;

    if (!closing && SKIPPED.has(name)) {
      i = skipElement(html, name, i);
      continue;
    }
    applyTag(w, name, closing);
  }

  return tidy(w.parts.join(""));
}

/** The index just past `</name ...>`, or the end of the document when the element is never closed. */
function skipElement(html: string, name: string, from: number): number {
  let at = html.indexOf("</", from);
  while (at >= 0) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const gt = html.indexOf(">", at);
      return gt < 0 ? html.length : gt + 1;
    }
    at = html.indexOf("</", at + 2);
  }
  return html.length;
}

function withoutTrailingCell(line: string): string {
  const trimmed = line.trimEnd();
  return trimmed.endsWith(" |") ? trimmed.slice(0, -2).trimEnd() : trimmed;
}

function tidy(text: string): string {
  return joinTidy(text.split("\n").map(withoutTrailingCell));
}
