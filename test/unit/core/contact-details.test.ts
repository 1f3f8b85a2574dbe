import { extractContactDetails } from "../../../src/core";
import { fixture } from "./email-facts";

describe("extractContactDetails", () => {
  it("reads phones and company from a Spanish signature", () => {
    const details = extractContactDetails(fixture("es-outlook-desktop-reply.txt"));

    expect(details).toEqual({ phones: ["976 123 456", "+34 612 345 678"], company: "Construcciones Ebro S.L." });
  });

  it.each([
    ["a Spanish mobile", "Móvil: 612 34 56 78", ["612 34 56 78"]],
    ["a Spanish landline with +34", "Tel.: +34 91 555 12 34", ["+34 91 555 12 34"]],
    ["a 0034 prefix", "Llámeme al 0034 612345678", ["0034 612345678"]],
    ["a UK number", "Phone: +44 20 7946 0958", ["+44 20 7946 0958"]],
    ["a US number with a label", "Phone: (415) 555-0132", ["(415) 555-0132"]],
    ["the same number twice", "Tel 612345678 / +34 612 345 678", ["612345678"]],
    ["no dates or ticket numbers", "El 30/11/2026 abrí el TMP-000123 y el pedido 2026-11-30.", []],
    ["no fax", "Fax: 91 555 12 34", []],
    ["no unlabelled short numbers", "Pedido 1234567", []],
  ])("finds %s", (_, text, phones) => {
    const details = extractContactDetails(text);

    expect(details.phones).toEqual(phones);
  });

  it.each([
    ["a legal form", "Ana\nDirectora\nAcme Soluciones S.L.U.", "Acme Soluciones S.L.U."],
    ["a label", "Ana\nEmpresa: Talleres Norte", "Talleres Norte"],
    ["an English company", "John\nCarter & Sons Ltd", "Carter & Sons Ltd"],
    ["after a job title", "Javier\nDirector comercial – Distribuciones Levante S.L.", "Distribuciones Levante S.L."],
    ["after a bar", "Lucía | Jefa de compras | Grupo Arce S.A.", "Grupo Arce S.A."],
  ])("finds the company from %s", (_, text, company) => {
    const details = extractContactDetails(text);

    expect(details.company).toBe(company);
  });

  it("finds no company in ordinary prose", () => {
    const details = extractContactDetails("Hola, la impresora no imprime desde ayer.\nGracias");

    expect(details).toEqual({ phones: [] });
  });

  it("spells the company as the signature does when a line names the sender's domain", () => {
    const signature = "Un saludo,\nRaúl Jiménez Ibáñez\nAsesoría Jiménez\nMóvil: 699 123 456";

    const details = extractContactDetails(signature, "Asesoria Jimenez");

    expect(details).toEqual({ phones: ["699 123 456"], company: "Asesoría Jiménez" });
  });

  it("takes no line for the company that does not spell the domain, nor any without a domain", () => {
    const signature = "Un saludo,\nRaúl Jiménez Ibáñez\nAsesoría Jiménez";

    expect(extractContactDetails(signature, "Gestoria Norte").company).toBeUndefined();
    expect(extractContactDetails(signature).company).toBeUndefined();
  });
});
