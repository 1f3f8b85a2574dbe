// Outlook's plain text writes links as "text<https://…>" and "a@b.com<mailto:a@b.com>"; Gmail writes images
// as "[image: logo]"; inline pictures leave "[cid:image001.png@01D…]". None of it is the customer's words.
const OPENERS: ReadonlyArray<[string, string]> = [
  ["<mailto:", ">"],
  ["<http", ">"],
  ["[cid:", "]"],
  ["[image:", "]"],
  ["[imagen:", "]"],
];

function nextAnnotation(line: string, from: number): { at: number; close: string } | null {
  let best: { at: number; close: string } | null = null;
  for (const [open, close] of OPENERS) {
    const at = line.indexOf(open, from);
    if (at >= 0 && (best === null || at < best.at)) best = { at, close };
  }
  return best;
}

export function stripAnnotations(line: string): string {
  if (!line.includes("<") && !line.includes("[")) return line;

  let out = "";
  let from = 0;
  for (let found = nextAnnotation(line, 0); found; found = nextAnnotation(line, from)) {
    const end = line.indexOf(found.close, found.at + 1);
    if (end < 0 || end - found.at > 2000) break;
    out += line.slice(from, found.at);
    from = end + 1;
  }
  return out + line.slice(from);
}
