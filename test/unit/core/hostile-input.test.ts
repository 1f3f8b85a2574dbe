import {
  analyzeEmail,
  cleanEmailText,
  DEFAULT_REPLY_TEMPLATES,
  extractContactDetails,
  findForwardedOriginal,
  findTicketReferences,
  htmlToText,
  renderReply,
  repairMojibake,
} from "../../../src/core";
import { emailFacts } from "./email-facts";

// These inputs would take minutes with a backtracking regular expression or a quadratic loop; each test only
// checks that the work completes with a sensible result (jest's timeout is the bound, timings live in bench/).
const MB = 1_000_000;

const hostileBodies: Array<[string, string]> = [
  ["1 MB of prose", "El servidor no responde y afecta a todos. ".repeat(MB / 42)],
  ["1 MB on one line", "x".repeat(MB)],
  ["1 MB of spaces before a word", `${" ".repeat(MB)}x`],
  ["1 MB of blank lines", "\n".repeat(MB)],
  ["5,000 nested quote levels on one line", `${">".repeat(5000)} citado\nNuevo texto`],
  [
    "5,000 lines each quoted deeper",
    Array.from({ length: 5000 }, (_, i) => `${">".repeat(i + 1)} nivel ${i}`).join("\n"),
  ],
  ["reply headers on every line", "De: a@b.es\nEnviado: lunes\n".repeat(30_000)],
  ["attributions on every line", "On Mon, Ann <a@b.c> wrote:\n".repeat(30_000)],
  ["look-alike ticket numbers", "TMP-0000001TMP-".repeat(60_000)],
  ["digits everywhere", "612 345 678 ".repeat(80_000)],
  ["link annotations that never close", "texto<http://x ".repeat(60_000)],
  ["mojibake", "La facturaciÃ³n de JosÃ© â€” ".repeat(30_000)],
];

describe("hostile input", () => {
  it.each(hostileBodies)("cleans and triages %s", (_, body) => {
    const triage = analyzeEmail(emailFacts({ subject: "RE: RV: Fwd: x", bodyText: body }));

    expect(typeof triage.cleanText).toBe("string");
    expect(triage.ticketReferences.length).toBeLessThanOrEqual(20);
    expect(triage.contact.phones.length).toBeLessThanOrEqual(5);
  });

  it.each(hostileBodies)("finds references, forwards and contacts in %s", (_, body) => {
    expect(Array.isArray(findTicketReferences("x", body))).toBe(true);
    expect(findForwardedOriginal({ subject: "Fwd: x", text: body })).not.toBeUndefined();
    expect(Array.isArray(extractContactDetails(body).phones)).toBe(true);
  });

  it.each([
    ["5,000 nested blockquotes", `${"<blockquote>".repeat(5000)}hondo${"</blockquote>".repeat(5000)}fuera`, "fuera"],
    ["100,000 unclosed tags", "<div <p <a href='".repeat(100_000), ""],
    ["100,000 script tags", "<script>x</script>".repeat(100_000) + "visible", "visible"],
    ["an unclosed script before 1 MB", `visible<script>${"x".repeat(MB)}`, "visible"],
    ["1 MB of entities", "&amp;".repeat(MB / 5), "&"],
    ["1 MB of non-breaking spaces", `${"&nbsp;".repeat(MB / 6)}x`, "x"],
  ])("reads %s as text", (_, html, expected) => {
    const text = htmlToText(html);

    expect(text).toContain(expected);
    expect(text).not.toContain("<script");
  });

  it("cleans HTML-only mail with 5,000 nested quotes down to the new text", () => {
    const html = `<p>Nuevo</p>${"<blockquote>".repeat(5000)}viejo${"</blockquote>".repeat(5000)}`;

    const text = cleanEmailText({ text: "", html });

    expect(text).toBe("Nuevo");
  });

  it("keeps a script in a forwarded sender's name inert in the reply", () => {
    const original = findForwardedOriginal({
      subject: "Fwd: x",
      text: "---------- Forwarded message ---------\nFrom: <script>alert(1)</script> <a@b.es>\nDate: d\nSubject: s",
    });

    const reply = renderReply(DEFAULT_REPLY_TEMPLATES.es, {
      customerName: original?.name ?? "",
      ticketNumber: "TMP-000001",
      dueText: "hoy",
      agentName: "Ana",
      originalSubject: "<img src=x onerror=alert(1)>",
      language: "es",
    });

    expect(reply.html).not.toMatch(/<script|<img/);
  });

  it("leaves text that merely looks damaged alone", () => {
    const mixed = "José escribió: JosÃ©";

    const repaired = repairMojibake(mixed);

    expect(repaired).toBe(mixed);
  });
});
