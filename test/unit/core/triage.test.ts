import { SIGNALS, suggestEvaluation, suggestPriority } from "../../../src/core";

describe("suggestPriority", () => {
  it.each([
    [
      "an outage for everyone, in Spanish",
      "Servicio caído",
      "El portal está caído para todos los usuarios, es urgente.",
      "Urgente",
    ],
    [
      "an outage for everyone, in English",
      "Portal down",
      "The portal is down for all users since 9 am. Urgent, we are losing sales.",
      "Urgente",
    ],
    ["data loss", "Pérdida de datos", "Tras la actualización se han borrado los pedidos de ayer.", "Alta"],
    ["a security incident", "Acceso no autorizado", "Hemos detectado un acceso no autorizado a la cuenta.", "Alta"],
    [
      "a payment failure",
      "Pagos",
      "El pago rechazado se repite con todas las tarjetas y no funciona el cobro.",
      "Alta",
    ],
    ["many users blocked", "Correo", "No funciona el correo y afecta a 40 usuarios.", "Alta"],
    ["a CAPITALISED urgent error", "URGENTE", "ERROR AL GUARDAR LA FACTURA", "Alta"],
    ["a single error", "Error al imprimir", "Me sale un error al imprimir el albarán.", "Media"],
    ["no signal at all", "Hola", "Les escribo por lo del pedido.", "Media"],
    ["a question", "Consulta", "Tengo una pregunta: ¿cómo puedo descargar la factura?", "Baja"],
    ["a price request", "Presupuesto", "¿Me pueden enviar el precio del plan anual?", "Baja"],
    ["a suggestion", "Sugerencia", "Tengo una sugerencia para la aplicación.", "Baja"],
    ["an English question", "Question", "How do I export my contacts? Just a question.", "Baja"],
    ["a calm error", "Error", "Un error leve en un informe, no es urgente, cuando puedan.", "Baja"],
    [
      "an outage asked politely",
      "Consulta",
      "Solo una consulta: el servicio está caído desde ayer, no es urgente.",
      "Media",
    ],
  ])("rates %s", (_, subject, body, expected) => {
    const { priority } = suggestPriority(subject, body);

    expect(priority).toBe(expected);
  });

  it("says why, in the agent's words, strongest first", () => {
    const { reasons } = suggestPriority(
      "Servicio caído",
      "No funciona nada y afecta a 40 usuarios. Lo necesitamos hoy.",
    );

    expect(reasons.map((r) => r.es)).toEqual(["servicio caído", "afecta a 40 personas", "error o fallo", "plazo: hoy"]);
    expect(reasons.every((r) => r.en.length > 0)).toBe(true);
  });

  it("lets 'no es urgente' cancel the explicit urgency", () => {
    const { reasons } = suggestPriority("Pedido", "No es urgente.");

    expect(reasons.map((r) => r.code)).toEqual(["not-urgent"]);
  });

  it("matches whole words only", () => {
    const { reasons } = suggestPriority("Precioso", "Un cargamento de caidos... no: de calcetines.");

    expect(reasons.map((r) => r.code)).not.toContain("quote");
  });

  it("keeps every signal's phrases normalised and its reasons in both languages", () => {
    for (const signal of SIGNALS) {
      expect(signal.es).not.toBe("");
      expect(signal.en).not.toBe("");
      for (const phrase of signal.phrases)
        expect(phrase).toBe(
          phrase
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .toLowerCase(),
        );
    }
  });
});

describe("suggestEvaluation", () => {
  it.each([
    ["a how-to question", "Consulta", "¿Cómo puedo cambiar la contraseña?", "immediate"],
    ["a data change", "Cambio de dirección", "Quiero cambiar mi dirección de facturación.", "immediate"],
    ["an English how-to", "Question", "How do I add a user?", "immediate"],
    ["an outage", "Caído", "El servidor está caído.", "investigation"],
    ["an error with a question", "Error", "Me da error al entrar, ¿cómo puedo solucionarlo?", "investigation"],
    ["nothing to go on", "Hola", "Les escribo por lo del pedido.", "investigation"],
  ])("judges %s", (_, subject, body, expected) => {
    const { evaluation, reasons } = suggestEvaluation(subject, body);

    expect(evaluation).toBe(expected);
    if (expected === "immediate") expect(reasons[0]?.code).toBe("answerable-now");
  });
});
