/** Splits on CRLF, CR or LF. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** Joins lines, trims trailing spaces and folds runs of blank lines into one. */
export function joinTidy(lines: readonly string[]): string {
  const out: string[] = [];
  let blank = 0;

  for (const raw of lines) {
    const line = raw.trimEnd();
    blank = line.trim() === "" ? blank + 1 : 0;
    if (blank < 2) out.push(line);
  }

  return out.join("\n").trim();
}

/** The first `max` characters of a line: header and marker rules never need more, and it bounds every test. */
export function head(line: string, max = 200): string {
  return line.length > max ? line.slice(0, max) : line;
}
