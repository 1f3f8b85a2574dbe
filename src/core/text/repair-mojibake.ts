// UTF-8 text decoded as Windows-1252 turns "José" into "JosÃ©". These are the 1252 characters for bytes 0x80-0x9f.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const SUSPECT = /[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

function toByte(char: string): number {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  const index = CP1252_HIGH.indexOf(char);
  return index >= 0 ? 0x80 + index : -1;
}

/**
 * Undoes the commonest mixed-encoding accident (UTF-8 read as Latin-1/Windows-1252). Leaves the text alone
 * unless it both looks damaged and decodes cleanly as UTF-8, so correct text is never touched.
 */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;

  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = toByte(text[i] ?? "");
    if (byte < 0) return text;
    bytes[i] = byte;
  }

  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
