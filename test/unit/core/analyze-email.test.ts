import { analyzeEmail, TriageSchema } from "../../../src/core";
import { Value } from "@sinclair/typebox/value";
import { emailFacts, fixture } from "./email-facts";

describe("analyzeEmail", () => {
  it("reads a forwarded complaint as the original customer's", () => {
    const email = emailFacts({
      subject: "RV: Cobro duplicado en la factura",
      bodyText: fixture("es-outlook-forward.txt"),
    });

    const triage = analyzeEmail(email);

    expect(triage.forwardedFrom).toEqual({ name: "Lucía Fernández Gómez", email: "lucia.fernandez@clinicasol.es" });
    expect(triage.cleanText).toContain("Os reenvío la queja");
    expect(triage.cleanText).toContain("nos han cobrado dos veces");
    expect(triage.cleanText).not.toContain("Enviado el:");
    expect(triage.contact).toEqual({ phones: ["+34 915 555 123"], company: "Clínica Sol S.L." });
    expect(triage.reasons.map((r) => r.code)).toContain("money");
    expect(triage.language).toBe("es");
    expect(triage.automatic).toBeNull();
  });

  it("spells the sender's company as the signature does when it names the address's domain", () => {
    const email = emailFacts({
      from: { name: "Raúl Jiménez Ibáñez", email: "rjimenez@asesoria-jimenez.es" },
      bodyText: "Hola,\n\nNo arranca el programa.\n\nRaúl Jiménez Ibáñez\nAsesoría Jiménez\nMóvil: 699 123 456",
    });

    const triage = analyzeEmail(email);

    expect(triage.contact).toEqual({ phones: ["699 123 456"], company: "Asesoría Jiménez" });
  });

  it("reads an English reply to an existing ticket", () => {
    const email = emailFacts({
      subject: "RE: Export failing [TMP-000321]",
      bodyText: fixture("en-outlook-ios-reply.txt"),
    });

    const triage = analyzeEmail(email);

    expect(triage.ticketReferences).toEqual(["TMP-000321"]);
    expect(triage.language).toBe("en");
    expect(triage.priority).toBe("Alta");
    expect(triage.evaluation).toBe("investigation");
    expect(triage.cleanText).not.toContain("We have logged");
  });

  it("reads HTML-only mail", () => {
    const email = emailFacts({
      subject: "Pedido sin llegar",
      bodyText: "",
      bodyHtml: fixture("es-html-gmail-reply.html"),
    });

    const triage = analyzeEmail(email);

    expect(triage.cleanText).toContain("El pedido PED-7781 sigue sin llegar");
    expect(triage.contact.phones).toEqual(["600 111 222"]);
    expect(triage.reasons.map((r) => r.es)).toContain("plazo: hoy");
  });

  it("flags an out-of-office answer as automatic", () => {
    const email = emailFacts({ subject: "Respuesta automática: Pedido", bodyText: "Estoy fuera hasta el lunes." });

    const triage = analyzeEmail(email);

    expect(triage.automatic?.kind).toBe("auto-reply");
    expect(triage.automatic?.evidence).toContain("Respuesta automática");
  });

  it("returns a value that satisfies the Triage contract", () => {
    const triage = analyzeEmail(emailFacts({ bodyText: fixture("es-outlook-desktop-reply.txt") }));

    expect(Value.Check(TriageSchema, triage)).toBe(true);
  });
});
