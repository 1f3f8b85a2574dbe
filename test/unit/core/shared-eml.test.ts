import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import PostalMime, { type Email } from "postal-mime";
import { analyzeEmail, cleanEmailText, findForwardedOriginal, type EmailFacts, type Triage } from "../../../src/core";

// Real messages from public mail-parsing test suites (read-only, never copied into the repository).
const dataDir = resolve(process.env.SHARED_DATA_DIR ?? resolve(__dirname, "../../../../shared/data"));
const emlDir = join(dataDir, "eml");
const present = existsSync(emlDir);
const describeWithData = present ? describe : describe.skip;

if (!present) console.warn(`shared-eml.test: skipped, no shared data at ${emlDir} (set SHARED_DATA_DIR)`);

function emlFiles(): string[] {
  if (!present) return [];
  return readdirSync(emlDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(emlDir, dir.name)).map((file) => `${dir.name}/${file}`))
    .filter((file) => file.endsWith(".eml"))
    .sort();
}

function toFacts(parsed: Email): EmailFacts {
  const headers: Record<string, string> = {};
  for (const header of parsed.headers) headers[header.key] ??= header.value;
  return {
    internetMessageId: parsed.messageId ?? "<unknown>",
    subject: parsed.subject ?? "",
    from: { name: parsed.from?.name ?? "", email: parsed.from?.address ?? "" },
    to: [],
    cc: [],
    receivedAt: "2026-12-01T10:00:00.000Z",
    bodyText: parsed.text ?? "",
    bodyHtml: parsed.html,
    attachments: [],
    headers,
    mailbox: { address: "soporte@ticketmasterpro.example", isShared: true },
  };
}

const triages = new Map<string, Triage>();

async function triage(file: string): Promise<Triage> {
  const cached = triages.get(file);
  if (cached) return cached;
  const parsed = await PostalMime.parse(readFileSync(join(emlDir, file)));
  const result = analyzeEmail(toFacts(parsed));
  triages.set(file, result);
  return result;
}

describeWithData(`the shared .eml messages (${emlDir})`, () => {
  const files = emlFiles();
  const automatic = files.filter((file) => file.startsWith("08-auto-bounce-receipt/"));
  const ordinary = files.filter((file) => !automatic.includes(file));

  it("finds the messages", () => {
    expect(automatic.length).toBeGreaterThanOrEqual(5);
    expect(ordinary.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ["08-auto-bounce-receipt/sisimai-autoreply-automatic-reply.eml", "auto-reply"],
    ["08-auto-bounce-receipt/sisimai-autoreply-encoded-subject.eml", "auto-reply"],
    ["08-auto-bounce-receipt/sisimai-autoreply-windows1252.eml", "auto-reply"],
    ["08-auto-bounce-receipt/sisimai-bounce-exchange2007-italian.eml", "bounce"],
    ["08-auto-bounce-receipt/zbateson-read-receipt.eml", "read-receipt"],
  ])("recognises %s as %s", async (file, kind) => {
    const result = await triage(file);

    expect(result.automatic?.kind).toBe(kind);
  });

  it("recognises every message under 08-auto-bounce-receipt as automatic", async () => {
    const results = await Promise.all(automatic.map(triage));

    expect(results.filter((r) => r.automatic === null)).toEqual([]);
  });

  it("treats none of the other messages as automatic", async () => {
    const flagged: string[] = [];
    for (const file of ordinary) if ((await triage(file)).automatic !== null) flagged.push(file);

    expect(flagged).toEqual([]);
  });

  it("leaves no quoted line in any cleaned message", async () => {
    for (const file of files) {
      const result = await triage(file);
      expect(result.cleanText.split("\n").filter((line) => line.trimStart().startsWith(">"))).toEqual([]);
    }
  });

  it.each([
    ["06-replies-threads/talon-reply-outlook.eml", "Hello"],
    ["06-replies-threads/talon-reply-yahoo.eml", "Hello"],
    ["06-replies-threads/php-mailing-list-reply-deep-quotes.eml", "+1 from me."],
  ])("cleans the reply %s down to the new text", async (file, expected) => {
    const result = await triage(file);

    expect(result.cleanText).toBe(expected);
  });

  it("reads the 1 MB bug thread without its list footer", async () => {
    const result = await triage("06-replies-threads/nodemailer-very-long-bug-thread-1MB.eml");

    expect(result.cleanText.startsWith("Exception during installation:")).toBe(true);
    expect(result.cleanText).not.toContain("You received this bug notification");
    expect(result.language).toBe("en");
  });

  // Outlook's "Name [mailto:address]" names the real address; here the display name is itself an address.
  it("finds the original sender of the Italian Outlook forward", async () => {
    const result = await triage("07-forwarded/spamscope-outlook-forward-it-signature-images.eml");

    expect(result.forwardedFrom).toEqual({ name: "", email: "chiarodiluce@gmail.com" });
    expect(result.cleanText).toContain("Ciao sere mi puoi dire");
    expect(result.cleanText).toContain("Mi dai un occhio alla presente");
    expect(result.cleanText).not.toContain("Nota di riservatezza");
  });

  // Both forward the original as an attached message/rfc822: its headers are not in the body, so the body
  // names no original sender (the attached message must be read on its own).
  it.each(["07-forwarded/php-fwd-as-rfc822-attachment.eml", "07-forwarded/nodemailer-fwd-rfc822-iso88591-8bit.eml"])(
    "names no original sender for %s, forwarded as an attachment",
    async (file) => {
      const result = await triage(file);

      expect(result.forwardedFrom).toBeNull();
    },
  );

  it("reads the Spanish HTML-only message as Spanish", async () => {
    const result = await triage("03-html-only/spamscope-es-phishing-bbva-empty-plain.eml");

    expect(result.language).toBe("es");
  });
});

describeWithData("the shared plain-text reply bodies", () => {
  const dir = join(emlDir, "10-reply-bodies-text");
  const read = (name: string): string => readFileSync(join(dir, name), "utf8");

  it.each([
    ["email_french_dash_separator.txt", "Fusce bibendum", ["Message d'origine", "De :", "Abc vous a envoyé"]],
    ["email_ios_outlook_fr.txt", "Fusce bibendum", ["Envoyé à partir de Outlook", "From:", "Etiam non sagittis"]],
    ["email_original_message.txt", "Fusce bibendum", ["original message", "Hi John"]],
    ["email_portuguese.txt", "Fusce bibendum", ["escreveu", "Hi there"]],
    [
      "email_tricky_17_forward_header.txt",
      "See the forwarded message below.",
      ["Forwarded message", "forwarded content"],
    ],
  ])("keeps only the new text of %s", (name, kept, dropped) => {
    const text = cleanEmailText({ text: read(name) });

    expect(text).toContain(kept);
    for (const gone of dropped) expect(text).not.toContain(gone);
  });

  it("finds the original sender of the forwarded body", () => {
    const person = findForwardedOriginal({ subject: "", text: read("email_tricky_17_forward_header.txt") });

    expect(person).toEqual({ name: "John Smith", email: "john@example.com" });
  });

  it("names no original sender for a reply", () => {
    const person = findForwardedOriginal({ subject: "Re: x", text: read("email_portuguese.txt") });

    expect(person).toBeNull();
  });
});
