import { SUPPORT_MAILBOX } from "../host/host-config";
import { defineSample, type SampleInput } from "./define-sample";

/** Cases where the sender is not simply the customer: a colleague's forward, a shared support mailbox. */
export const SPECIAL_CASES: SampleInput[] = [
  {
    id: "forwarded",
    subject: "RV: Problema con el acceso VPN desde la oficina de Vigo",
    from: { name: "Daniel Soto", email: "daniel.soto@ticketmasterpro.example" },
    minutesAgo: 30,
    bodyText: [
      "Os reenvío este caso que me ha llegado directamente. ¿Podéis abrir ticket?",
      "",
      "Daniel",
      "",
      "-----Mensaje original-----",
      "De: Irene Castro Fuentes <irene.castro@seguros-atlantico.example>",
      "Enviado el: martes, 1 de diciembre de 2026 9:14",
      "Para: Daniel Soto <daniel.soto@ticketmasterpro.example>",
      "Asunto: Problema con el acceso VPN desde la oficina de Vigo",
      "",
      "Hola Daniel:",
      "",
      "Desde el lunes nadie en la oficina de Vigo puede conectarse a la VPN; " +
        "el cliente dice «tiempo de espera agotado».",
      "En Madrid funciona sin problemas. ¿Podéis revisarlo?",
      "",
      "Gracias,",
      "Irene Castro Fuentes",
      "Responsable de sistemas – Seguros Atlántico",
    ].join("\n"),
  },
  {
    id: "shared-mailbox",
    subject: "Solicitud de alta de tres usuarios nuevos",
    from: { name: "Rosa Martín Vega", email: "rosa.martin@gestoria-martin.example" },
    to: [SUPPORT_MAILBOX],
    minutesAgo: 400,
    sharedMailbox: { owner: SUPPORT_MAILBOX.email, targetMailbox: SUPPORT_MAILBOX.email },
    bodyText: [
      "Buenos días:",
      "",
      "Necesitamos dar de alta a tres personas que se incorporan el lunes: Marta, Jorge y Begoña.",
      "¿Nos indicáis qué datos necesitáis de cada una?",
      "",
      "Saludos,",
      "Rosa Martín Vega",
      "Gestoría Martín",
    ].join("\n"),
  },
];

export const specialCaseSamples = (now?: number) => SPECIAL_CASES.map((input) => defineSample(input, now));
