import { joinTidy, splitLines } from "../text/lines";
import { repairMojibake } from "../text/repair-mojibake";
import { stripAnnotations } from "./annotations";
import { isMobileFooter, signatureStart } from "./footers";
import { htmlToText } from "./html-to-text";
import { attributionLength, isHeaderBlock, isQuoteLine, isRuleLine, separatorAt } from "./quote-markers";

export type EmailBody = { text: string; html?: string };

/** The plain text to read: the text part when it has words, else the HTML made readable. */
export function bodyText(input: EmailBody): string {
  const text = input.text ?? "";
  if (text.trim() !== "" || !input.html) return repairMojibake(text);
  return repairMojibake(htmlToText(input.html));
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  return i;
}

function skipQuoteRun(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && ((lines[i] ?? "").trim() === "" || isQuoteLine(lines[i] ?? ""))) i++;
  return i;
}

function dropTrailingRules(lines: string[]): string[] {
  while (lines.length > 0 && ((lines.at(-1) ?? "").trim() === "" || isRuleLine(lines.at(-1) ?? ""))) lines.pop();
  return lines;
}

/**
 * The lines the author wrote in this message, before any quoted history. An attribution followed by `>` lines
 * is skipped rather than cut, so a bottom-posted answer below the quote is kept.
 */
export function ownLines(lines: readonly string[]): { own: string[]; historyAt: number } {
  const own: string[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") {
      own.push(line);
      continue;
    }
    if (isQuoteLine(line)) continue;

    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      const next = nextNonBlank(lines, i + attribution);
      if (next < lines.length && isQuoteLine(lines[next] ?? "")) {
        i = skipQuoteRun(lines, next) - 1;
        continue;
      }
      return { own: dropTrailingRules(own), historyAt: i };
    }
    if (separatorAt(line) || isHeaderBlock(lines, i)) return { own: dropTrailingRules(own), historyAt: i };
    own.push(line);
  }

  return { own, historyAt: lines.length };
}

/** Removes signature, disclaimers, mobile footers and link leftovers from the author's own lines. */
export function withoutSignature(lines: readonly string[]): string[] {
  const cut = signatureStart(lines);
  return dropTrailingRules(
    lines
      .slice(0, cut)
      .filter((line) => !isMobileFooter(line))
      .map(stripAnnotations),
  );
}

/**
 * What the customer wrote in this message: quoted history and reply headers (Spanish, English and the usual
 * clients), signatures, mobile footers and disclaimers removed. Linear in the size of the body.
 */
export function cleanEmailText(input: EmailBody): string {
  const lines = splitLines(bodyText(input));
  const { own } = ownLines(lines);
  return joinTidy(withoutSignature(own));
}
