import { findForwardedOriginal } from "../../../src/core";
import { fixture } from "./email-facts";

describe("findForwardedOriginal", () => {
  it.each([
    [
      "an Outlook forward in Spanish",
      "RV: Cobro duplicado",
      "es-outlook-forward.txt",
      "Lucía Fernández Gómez",
      "lucia.fernandez@clinicasol.es",
    ],
    [
      "a Gmail forward in Spanish",
      "Fwd: Consulta",
      "es-gmail-forward.txt",
      "Pablo Sánchez",
      "pablo.sanchez@talleresnorte.es",
    ],
  ])("finds the author of %s", (_, subject, name, expectedName, expectedEmail) => {
    const person = findForwardedOriginal({ subject, text: fixture(name) });

    expect(person).toEqual({ name: expectedName, email: expectedEmail });
  });

  it.each([
    [
      "Name <address>",
      "Fwd: x",
      "---------- Forwarded message ---------\nFrom: Ann Lee <Ann@Example.com>\nDate: Mon\nSubject: x\nTo: y@z.com",
      { name: "Ann Lee", email: "ann@example.com" },
    ],
    [
      "Outlook's [mailto:]",
      "FW: x",
      "From: Ann Lee [mailto:ann@example.com]\nSent: Monday\nTo: Support\nSubject: x",
      { name: "Ann Lee", email: "ann@example.com" },
    ],
    [
      "a bare address",
      "RV: x",
      "-----Mensaje original-----\nDe: ann@example.com\nEnviado: lunes\nPara: soporte\nAsunto: x",
      { name: "", email: "ann@example.com" },
    ],
    [
      "Apple Mail",
      "Fwd: x",
      "Begin forwarded message:\n\nFrom: Ann Lee <ann@example.com>\nSubject: x\nDate: 1 Dec 2026\nTo: b@c.com",
      { name: "Ann Lee", email: "ann@example.com" },
    ],
    [
      "a forward marker without a forward subject",
      "Pedido",
      "Mirad esto\n---------- Mensaje reenviado ---------\nDe: Ann <ann@example.com>\nDate: lun\nSubject: x",
      { name: "Ann", email: "ann@example.com" },
    ],
    [
      "a prefix after RE:",
      "RE: RV: Pedido",
      "De: Ann <ann@example.com>\nEnviado: lunes\nPara: soporte\nAsunto: Pedido",
      { name: "Ann", email: "ann@example.com" },
    ],
  ])("reads %s", (_, subject, text, expected) => {
    const person = findForwardedOriginal({ subject, text });

    expect(person).toEqual(expected);
  });

  it("reads the forwarded headers of HTML-only mail", () => {
    const html =
      "<p>Ver abajo</p><div>---------- Forwarded message ---------<br>" +
      "From: <b>Ann</b> &lt;ann@example.com&gt;<br>Date: Mon<br>Subject: x</div>";

    const person = findForwardedOriginal({ subject: "Fwd: x", text: "", html });

    expect(person).toEqual({ name: "Ann", email: "ann@example.com" });
  });

  it.each([
    ["a reply", "RE: Pedido", fixture("es-outlook-desktop-reply.txt")],
    ["a new message", "Pedido", "Hola, el pedido no ha llegado."],
    ["a forward whose headers are not in the body", "Fwd: fotos", "Note: forwarded message attached."],
    [
      "a reply quoting an old forward",
      "RE: x",
      "Vale.\n\nDe: Soporte <s@x.es>\nEnviado: lunes\nPara: Ann\nAsunto: x\n\n" +
        "---------- Forwarded message ---------\nFrom: Old <old@x.es>\nDate: d\nSubject: s",
    ],
  ])("returns null for %s", (_, subject, text) => {
    const person = findForwardedOriginal({ subject, text });

    expect(person).toBeNull();
  });
});
