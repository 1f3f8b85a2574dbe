import { CLOSINGS, DISCLAIMER_OPENERS, MOBILE_FOOTERS } from "./markers";
import { initialOf, isRuleLine, lineKey } from "./quote-markers";

const FOOTER_INITIALS = new Set(MOBILE_FOOTERS.map((footer) => footer[0]));

export function isMobileFooter(line: string): boolean {
  if (line === "" || line.length > 200 || !FOOTER_INITIALS.has(initialOf(line))) return false;
  const key = lineKey(line);
  return key.length < 120 && MOBILE_FOOTERS.some((footer) => key.startsWith(footer));
}

const DISCLAIMER_INITIALS = new Set(DISCLAIMER_OPENERS.map((opener) => opener[0]));

function isDisclaimerStart(lines: readonly string[], at: number): boolean {
  if (!DISCLAIMER_INITIALS.has(initialOf(lines[at] ?? ""))) return false;
  const previous = at === 0 ? "" : (lines[at - 1] ?? "");
  if (previous.trim() !== "" && !isRuleLine(previous)) return false;
  const key = lineKey(lines[at] ?? "");
  return DISCLAIMER_OPENERS.some((opener) => key.startsWith(opener));
}

function isSignatureDelimiter(line: string): boolean {
  return line === "-- " || line.trim() === "--";
}

function isClosing(line: string): boolean {
  const key = lineKey(line).replace(/[,.!:;\s]+$/, "");
  return key.length <= 40 && CLOSINGS.includes(key);
}

/** A closing line among the last lines, followed only by a short signature block (name, role, phone). */
function closingIndex(lines: readonly string[]): number {
  let nonBlank = 0;
  for (let i = lines.length - 1; i >= 0 && nonBlank <= 8; i--) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    if (isClosing(line)) return i;
    if (line.length > 100) return -1;
    nonBlank++;
  }
  return -1;
}

/** Where the signature, disclaimer or mobile footer begins; `lines.length` when there is none. */
export function signatureStart(lines: readonly string[]): number {
  let hardCut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    if (isSignatureDelimiter(line) || isDisclaimerStart(lines, i)) {
      hardCut = i;
      break;
    }
  }

  const closing = closingIndex(lines.slice(0, hardCut));
  return closing > 0 ? closing : hardCut;
}
