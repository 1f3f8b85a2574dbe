import { cleanEmailText } from "../../../src/core";
import { fixture } from "./email-facts";

describe("cleanEmailText with the project's fixtures", () => {
  it.each([
    [
      "es-outlook-desktop-reply.txt",
      "afecta a 40 usuarios",
      ["Enviado:", "Un saludo", "Este mensaje y sus anexos", "976"],
    ],
    ["es-gmail-reply.txt", "sigue sin funcionar", ["escribió", "> Hola", "Enviado desde mi iPhone", "Jorge:"]],
    ["es-outlook-forward.txt", "Os reenvío la queja", ["Mensaje original", "De:", "cobrado dos veces"]],
    ["es-gmail-forward.txt", "Para vuestra información.", ["Mensaje reenviado", "plan anual"]],
    ["en-outlook-ios-reply.txt", "The export still fails", ["Get Outlook for iOS", "From:", "____", "We have logged"]],
    ["en-apple-mail-reply.txt", "that fixed it", ["Best regards", "John Carter", "wrote:", "clearing the cache"]],
  ])("keeps the customer's words of %s and drops the rest", (name, kept, dropped) => {
    const text = cleanEmailText({ text: fixture(name) });

    expect(text).toContain(kept);
    for (const gone of dropped) expect(text).not.toContain(gone);
  });

  it("reads HTML-only mail as text without markup, scripts or the Gmail quote", () => {
    const text = cleanEmailText({ text: "", html: fixture("es-html-gmail-reply.html") });

    expect(text).toContain("El pedido PED-7781 sigue sin llegar y el cliente final lo necesita hoy.");
    expect(text).toContain("- Dirección: C/ Mayor, 5");
    expect(text).toContain("Tóner | 3");
    expect(text).not.toMatch(/<|alert|color:red|escribió|Gracias por escribirnos/);
  });
});

describe("cleanEmailText with reply headers from the common clients", () => {
  it.each([
    ["Gmail in Spanish", "El lun, 30 nov 2026 a las 9:12, Ana <ana@x.es> escribió:\n> viejo"],
    ["Gmail in English", "On Mon, Nov 30, 2026 at 9:12 AM Ana <ana@x.es> wrote:\n> old"],
    ["an attribution wrapped over two lines", "Em 10 de julho de 2017 às 16:32, John (\njohn@x.com) escreveu:\n\nold"],
    ["Outlook desktop in Spanish", "De: Ana <ana@x.es>\nEnviado: lunes\nPara: Soporte\nAsunto: RE: viejo\n\nold"],
    ["Outlook desktop in English", "From: Ana [mailto:ana@x.es]\nSent: Monday\nTo: Support\nSubject: old\n\nold"],
    ["Outlook on one line", "From: Ana <ana@x.es> Sent: Monday To: Support Subject: old"],
    ["Outlook web with a rule", "________________________________\nFrom: Ana\nSent: Monday\nTo: Support\n\nold"],
    ["the Spanish original-message separator", "-----Mensaje original-----\nold"],
    ["the English original-message separator", "-----Original Message-----\nold"],
    ["Yahoo", "----- Original Message -----\nFrom: a@x.com\nTo: b@x.com\nSent: Monday\nold"],
    ["Hotmail in French", "De : A B C <abc@abc.org>\nDate : 23/06/24\nÀ : x@y.be Objet : old"],
    ["Apple Mail forward", "Begin forwarded message:\n\nFrom: Ana <ana@x.es>\nSubject: old\nold"],
    [
      "Outlook for iOS in Spanish",
      "Obtener Outlook para iOS<https://aka.ms/o0ukef>\n________________________________\n" +
        "De: Ana\nEnviado: lunes\nPara: Soporte\nold",
    ],
    ["Italian Outlook", "Da: Ana [mailto:ana@x.it]\nInviato: lunedì\nA: Soporte\nOggetto: old\nold"],
  ])("removes %s", (_, history) => {
    const text = cleanEmailText({ text: `Respuesta nueva.\n\n${history}` });

    expect(text).toBe("Respuesta nueva.");
  });

  it("keeps an answer written below the quote", () => {
    const body = "On Wed, Nov 19, 2014 at 12:11 AM, Levi <levi@php.net> wrote:\n\n> Propuesta.\n>\n+1 de mi parte.";

    const text = cleanEmailText({ text: body });

    expect(text).toBe("+1 de mi parte.");
  });
});

describe("cleanEmailText with signatures, footers and leftovers", () => {
  it.each([
    ["the -- delimiter", "Texto.\n-- \nAna López\nTel 600 000 000", "Texto."],
    ["an iPhone footer", "Texto.\n\nEnviado desde mi iPhone", "Texto."],
    ["an Outlook for Android footer", "Texto.\n\nObtener Outlook para Android", "Texto."],
    ["a Spanish disclaimer", "Texto.\n\nAVISO LEGAL: Este mensaje es confidencial.\nMás aviso.", "Texto."],
    ["an English disclaimer", "Text.\n\nThis email and any attachments are confidential.", "Text."],
    ["a closing and signature", "Texto.\n\nSaludos cordiales,\nAna López\nAcme S.L.", "Texto."],
    ["an Italian closing and signature", "Testo.\n\nCordiali saluti\nAnna Milone\nExport Sales Manager", "Testo."],
    [
      "Outlook link annotations",
      "Vea la web<https://x.example/a?b=c> o escriba a a@x.es<mailto:a@x.es>.",
      "Vea la web o escriba a a@x.es.",
    ],
    ["inline image leftovers", "Texto [cid:image001.png@01D9] y [image: logo].", "Texto  y ."],
  ])("removes %s", (_, body, expected) => {
    const text = cleanEmailText({ text: body });

    expect(text).toBe(expected);
  });

  it("keeps a message that is only a closing word", () => {
    const text = cleanEmailText({ text: "Gracias" });

    expect(text).toBe("Gracias");
  });

  it("repairs UTF-8 text that was decoded as Latin-1", () => {
    const text = cleanEmailText({ text: "La facturaciÃ³n de JosÃ© estÃ¡ mal." });

    expect(text).toBe("La facturación de José está mal.");
  });
});
