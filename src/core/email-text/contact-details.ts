import type { ContactDetails } from "../contracts";
import { Limits } from "../contracts/vocabulary";
import { splitLines } from "../text/lines";
import { normalizeForMatch } from "../text/normalize-for-match";

const PHONE_LABELS = [
  "tel",
  "tlf",
  "telf",
  "telefono",
  "movil",
  "mov",
  "cel",
  "celular",
  "phone",
  "mobile",
  "mob",
  "m.",
  "t.",
];
const COMPANY_LABELS = ["empresa:", "company:", "compania:", "organizacion:", "organization:"];
// Legal forms that end a company name: Spanish, English, Italian, German, French, Portuguese.
const LEGAL_FORMS = [
  "s.l.",
  "s.l",
  "sl",
  "s.l.u.",
  "slu",
  "s.a.",
  "s.a",
  "sa",
  "s.a.u.",
  "sau",
  "s.coop.",
  "ltd",
  "ltd.",
  "llc",
  "inc",
  "inc.",
  "gmbh",
  "srl",
  "s.r.l.",
  "s.p.a.",
  "spa",
  "sas",
  "s.a.s.",
  "corp",
  "corp.",
  "plc",
  "ltda",
  "ltda.",
  "bv",
];
const MAX_PHONES = 5;

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
}

/** Runs of digits with the separators people put in phone numbers, starting with "+", "(" or a digit. */
function phoneCandidates(line: string): string[] {
  return line.match(/\+?\(?\d[\d ().\-/]{5,24}\d/g) ?? [];
}

function isPhone(candidate: string, labelled: boolean): boolean {
  const digits = digitCount(candidate);
  if (/^\d{4}[-/]\d{2}[-/]\d{2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(candidate)) return false;
  if (candidate.startsWith("+") || candidate.startsWith("(+")) return digits >= 8 && digits <= 15;
  const compact = candidate.replace(/\D/g, "");
  if (digits === 9 && /^[6789]/.test(compact)) return true;
  if (compact.startsWith("00") && digits >= 10 && digits <= 15) return true;
  return labelled && digits >= 7 && digits <= 15;
}

function hasPhoneLabel(line: string): boolean {
  const key = normalizeForMatch(line.slice(0, 300));
  return PHONE_LABELS.some((label) => new RegExp(`(^|[^a-z])${label.replace(".", "\\.")}`).test(key));
}

function withoutLinks(line: string): string {
  if (!line.includes("://")) return line;
  return line
    .split(/\s+/)
    .filter((word) => !word.includes("://"))
    .join(" ");
}

function findPhones(lines: readonly string[]): string[] {
  const phones: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (phones.length >= MAX_PHONES || !/\d{3}/.test(line) || /fax/i.test(line.slice(0, 300))) continue;
    // Digits inside links (meeting PINs, tracking ids) are no phone numbers.
    const prose = withoutLinks(line.slice(0, 1000));
    const labelled = hasPhoneLabel(prose);
    for (const candidate of phoneCandidates(prose)) {
      const phone = candidate.replace(/\s+/g, " ").trim();
      const key = phone.replace(/\D/g, "").replace(/^(00|\+)?34(?=\d{9}$)/, "");
      if (!isPhone(phone, labelled) || seen.has(key) || phones.length >= MAX_PHONES) continue;
      seen.add(key);
      phones.push(phone.slice(0, Limits.phone));
    }
  }
  return phones;
}

function companyFromLine(line: string): string | null {
  const key = normalizeForMatch(line).trim();
  const label = COMPANY_LABELS.find((l) => key.startsWith(l));
  if (label) return line.trim().slice(label.length).trim() || null;
  const words = key.replace(/[,|·]/g, " ").split(/\s+/);
  if (!LEGAL_FORMS.includes(words.at(-1) ?? "")) return null;
  if (words.length < 2 || words.length > 8) return null;

  // "Director comercial – Acme S.L.": the company is the last part after a job title and a separator.
  const parts = line.trim().split(/\s+[|·\-–—]\s+/);
  return (parts.at(-1) ?? "").replace(/^[|·\-–\s]+/, "") || null;
}

/** Letters and digits only: "Asesoría Jiménez" and the label "asesoria-jimenez" both become "asesoriajimenez". */
function compactLetters(text: string): string {
  return normalizeForMatch(text).replace(/[^a-z0-9]/g, "");
}

/** A signature line that spells the sender's domain name ("Asesoría Jiménez" for asesoria-jimenez.es), as written. */
function companyNamedAfterDomain(lines: readonly string[], domainName: string): string | null {
  const wanted = compactLetters(domainName);
  if (wanted.length < 3) return null;
  return lines.find((line) => line.length <= 80 && compactLetters(line) === wanted)?.trim() ?? null;
}

/**
 * Phone numbers (Spanish and international formats) and the company from a message's own text, mostly from its
 * signature. The company is a labelled line ("Empresa: …"), a short line ending in a legal form ("Acme S.L."), or
 * a line that spells the name in the sender's company domain (`domainName`, "asesoria-jimenez"), with its accents.
 */
export function extractContactDetails(text: string, domainName?: string): ContactDetails {
  const lines = splitLines(text);
  const tail = lines.slice(-60).filter((line) => line.length <= 200);
  const company =
    tail.map(companyFromLine).find((found) => found !== null) ??
    (domainName ? companyNamedAfterDomain(tail, domainName) : null);
  const phones = findPhones(lines.length > 400 ? lines.slice(-400) : lines);
  return company ? { phones, company: company.slice(0, Limits.company) } : { phones };
}
