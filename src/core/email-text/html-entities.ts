// The named entities that occur in real mail; anything else is left as written rather than guessed.
const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  aacute: "á",
  eacute: "é",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ntilde: "ñ",
  uuml: "ü",
  ccedil: "ç",
  Aacute: "Á",
  Eacute: "É",
  Iacute: "Í",
  Oacute: "Ó",
  Uacute: "Ú",
  Ntilde: "Ñ",
  Uuml: "Ü",
  Ccedil: "Ç",
  agrave: "à",
  egrave: "è",
  igrave: "ì",
  ograve: "ò",
  ugrave: "ù",
  auml: "ä",
  ouml: "ö",
  szlig: "ß",
  iquest: "¿",
  iexcl: "¡",
  laquo: "«",
  raquo: "»",
  ordm: "º",
  ordf: "ª",
  deg: "°",
  middot: "·",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  sbquo: "‚",
  times: "×",
  sect: "§",
  hellip: "…",
  bull: "•",
  zwnj: "",
  zwj: "",
  shy: "",
};

function decodeOne(name: string): string | null {
  if (name.startsWith("#")) {
    const hex = name[1] === "x" || name[1] === "X";
    const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
    return String.fromCodePoint(code);
  }
  return NAMED[name] ?? null;
}

/** Decodes `&name;`, `&#NN;` and `&#xNN;`. Single pass; an entity name is at most 10 characters. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;

  let out = "";
  let from = 0;
  let at = text.indexOf("&");
  while (at >= 0) {
    const end = text.indexOf(";", at);
    const decoded = end > at && end - at <= 10 ? decodeOne(text.slice(at + 1, end)) : null;
    if (decoded !== null) {
      out += text.slice(from, at) + decoded;
      from = end + 1;
    }
    at = text.indexOf("&", decoded !== null ? from : at + 1);
  }

  return out + text.slice(from);
}
