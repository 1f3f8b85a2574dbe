import {
  DEFAULT_FOLLOW_UP_TEMPLATES,
  DEFAULT_REPLY_TEMPLATES,
  escapeHtml,
  MAX_REPLY_BYTES,
  renderReply,
  replySubject,
  type ReplyValues,
} from "../../../src/core";

const values: ReplyValues = {
  customerName: "Ana López",
  ticketNumber: "TMP-000123",
  dueText: "el jueves 3 de diciembre antes de las 18:00",
  nextStep: "revisaremos los registros del servidor",
  agentName: "Carlos Gil",
  originalSubject: "No puedo entrar al portal",
  language: "es",
};

describe("replySubject", () => {
  it.each([
    ["a first reply", "No puedo entrar", "RE: No puedo entrar [TMP-000123]"],
    ["a reply to a reply", "RE: No puedo entrar [TMP-000123]", "RE: No puedo entrar [TMP-000123]"],
    ["many replies", "RE: RE: Re: RE: No puedo entrar [TMP-000123] [TMP-000123]", "RE: No puedo entrar [TMP-000123]"],
    ["Spanish Outlook prefixes", "RV: RE: No puedo entrar", "RE: No puedo entrar [TMP-000123]"],
    ["German and forward prefixes", "AW: Fwd: FW: Rechnung", "RE: Rechnung [TMP-000123]"],
    ["a counted prefix", "Re[2]: Pedido", "RE: Pedido [TMP-000123]"],
    ["a lower-case tag", "re: pedido [tmp-000123]", "RE: pedido [TMP-000123]"],
    ["a tag in front", "[TMP-000123] RE: Pedido", "RE: Pedido [TMP-000123]"],
    ["an empty subject", "", "RE: [TMP-000123]"],
    ["a word that starts like a prefix", "Reembolso: pedido", "RE: Reembolso: pedido [TMP-000123]"],
    ["control characters", "Pedido\r\nBcc: x@y.z", "RE: Pedido Bcc: x@y.z [TMP-000123]"],
  ])("writes %s", (_, original, expected) => {
    const subject = replySubject(original, "TMP-000123");

    expect(subject).toBe(expected);
  });

  it("keeps another ticket's tag as part of the customer's subject", () => {
    const subject = replySubject("RE: Pedido [TMP-000001]", "TMP-000123");

    expect(subject).toBe("RE: Pedido [TMP-000001] [TMP-000123]");
  });

  it("bounds a huge subject", () => {
    const subject = replySubject("x".repeat(100_000), "TMP-000123");

    expect(subject.length).toBeLessThan(300);
    expect(subject.endsWith("[TMP-000123]")).toBe(true);
  });
});

describe("renderReply", () => {
  it.each([
    [
      "es",
      DEFAULT_REPLY_TEMPLATES.es,
      ["Hola, Ana López:", "TMP-000123", "antes de las 18:00", "Próximo paso", "Carlos Gil"],
    ],
    ["en", DEFAULT_REPLY_TEMPLATES.en, ["Dear Ana López,", "TMP-000123", "Next step", "Carlos Gil"]],
    ["es follow-up", DEFAULT_FOLLOW_UP_TEMPLATES.es, ["Seguimos trabajando", "TMP-000123"]],
    ["en follow-up", DEFAULT_FOLLOW_UP_TEMPLATES.en, ["still working on it", "TMP-000123"]],
  ])("fills the %s template in HTML and text", (_, template, expected) => {
    const reply = renderReply(template, values);

    for (const part of expected) {
      expect(reply.text).toContain(part);
      expect(reply.html).toContain(part);
    }
    expect(reply.subject).toBe("RE: No puedo entrar al portal [TMP-000123]");
    expect(reply.html + reply.text).not.toContain("{{");
  });

  it("leaves out the next step when there is none", () => {
    const reply = renderReply(DEFAULT_REPLY_TEMPLATES.es, { ...values, nextStep: undefined });

    expect(reply.text).not.toContain("Próximo paso");
    expect(reply.html).not.toContain("Próximo paso");
  });

  it("escapes every value that came from the email", () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';

    const reply = renderReply(DEFAULT_REPLY_TEMPLATES.es, {
      ...values,
      customerName: hostile,
      nextStep: hostile,
      agentName: "Tom & Jerry",
    });

    expect(reply.html).not.toContain("<script");
    expect(reply.html).not.toContain("<img");
    expect(reply.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(reply.html).toContain("Tom &amp; Jerry");
  });

  it("stays under Outlook's 32 KB reply limit with the longest values", () => {
    const huge = '"<>&'.repeat(250_000);

    const reply = renderReply(DEFAULT_REPLY_TEMPLATES.es, {
      ...values,
      customerName: huge,
      nextStep: huge,
      dueText: huge,
      agentName: huge,
      originalSubject: huge,
    });

    expect(new TextEncoder().encode(reply.html).length).toBeLessThanOrEqual(MAX_REPLY_BYTES);
    expect(new TextEncoder().encode(reply.text).length).toBeLessThanOrEqual(MAX_REPLY_BYTES);
  });

  it("keeps unknown placeholders visible", () => {
    const reply = renderReply({ ...DEFAULT_REPLY_TEMPLATES.en, text: "Hi {{customerName}} {{unknown}}" }, values);

    expect(reply.text).toBe("Hi Ana López {{unknown}}");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
