import { detectAutomaticMail } from "../../../src/core";
import { emailFacts } from "./email-facts";

describe("detectAutomaticMail", () => {
  it.each([
    ["Auto-Submitted", { headers: { "auto-submitted": "auto-replied" } }, "auto-reply"],
    ["X-Autoreply", { headers: { "x-autoreply": "yes" } }, "auto-reply"],
    ["Precedence: auto_reply", { headers: { precedence: "auto_reply" } }, "auto-reply"],
    ["X-Auto-Response-Suppress: All", { headers: { "x-auto-response-suppress": "All" } }, "auto-reply"],
    ["a delivery report", { headers: { "content-type": "multipart/report; report-type=delivery-status" } }, "bounce"],
    [
      "a read-receipt report",
      { headers: { "content-type": "multipart/report; report-type=disposition-notification" } },
      "read-receipt",
    ],
    ["mailer-daemon", { from: { name: "Mail Delivery System", email: "MAILER-DAEMON@mx.example" } }, "bounce"],
    ["postmaster", { from: { name: "", email: "postmaster@example.jp" } }, "bounce"],
    ["Respuesta automática", { subject: "Respuesta automática: Pedido 123" }, "auto-reply"],
    ["Automatic reply", { subject: "Automatic reply: Invoice" }, "auto-reply"],
    ["Fuera de la oficina", { subject: "Fuera de la oficina hasta el lunes" }, "auto-reply"],
    ["Out of Office", { subject: "Out of Office: Re: Order" }, "auto-reply"],
    ["Undeliverable", { subject: "Undeliverable: Pedido" }, "bounce"],
    ["No se puede entregar", { subject: "No se puede entregar: Pedido" }, "bounce"],
    ["Leído:", { subject: "Leído: Factura de noviembre" }, "read-receipt"],
    ["Read:", { subject: "Read: invitation" }, "read-receipt"],
    [
      "a bounce that is also auto-submitted",
      { subject: "Undelivered Mail Returned to Sender", headers: { "auto-submitted": "auto-replied" } },
      "bounce",
    ],
  ])("recognises %s", (_, overrides, kind) => {
    const automatic = detectAutomaticMail(emailFacts(overrides));

    expect(automatic?.kind).toBe(kind);
    expect(automatic?.evidence).toBeTruthy();
  });

  it.each([
    ["an ordinary question", {}],
    ["a mailing-list message with Precedence: bulk", { headers: { precedence: "bulk" } }],
    ["Auto-Submitted: no", { headers: { "auto-submitted": "no" } }],
    ["a request for a read receipt", { headers: { "disposition-notification-to": "ana@cliente.example" } }],
    ["a reply about a car", { subject: "RE: Auto de sustitución" }],
    ["a subject that mentions a reply", { subject: "Mi respuesta automática no funciona" }],
    ["a mixed report that is no report", { headers: { "content-type": "multipart/mixed" } }],
  ])("leaves %s alone", (_, overrides) => {
    const automatic = detectAutomaticMail(emailFacts(overrides));

    expect(automatic).toBeNull();
  });
});
