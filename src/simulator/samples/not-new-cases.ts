import { defineSample, type SampleInput } from "./define-sample";

/** Mail that is not a new case: a reply to a ticket, and automatic mail that should not be ticketed. */
export const NOT_NEW_CASES: SampleInput[] = [
  {
    id: "ticket-reply",
    subject: "RE: Error al sincronizar el calendario [TMP-000001]",
    from: { name: "Pilar Navarro Ruiz", email: "pilar.navarro@hotel-miramar.example" },
    minutesAgo: 25,
    inReplyTo: "<reply.TMP-000001@ticketmasterpro.example>",
    bodyText: [
      "Hola de nuevo:",
      "",
      "He probado lo que me indicasteis y el calendario sigue sin sincronizarse en los móviles del personal.",
      "¿Podéis revisarlo otra vez?",
      "",
      "Gracias,",
      "Pilar",
      "",
      "-----Mensaje original-----",
      "De: Soporte TicketMasterPro <soporte@ticketmasterpro.example>",
      "Asunto: Error al sincronizar el calendario [TMP-000001]",
      "",
      "Hemos registrado su incidencia con el número TMP-000001.",
    ].join("\n"),
  },
  {
    id: "auto-reply",
    subject: "Respuesta automática: Fuera de la oficina",
    from: { name: "Sergio Vidal", email: "svidal@constructora-vidal.example" },
    minutesAgo: 55,
    headers: [
      ["Auto-Submitted", "auto-replied"],
      ["X-Auto-Response-Suppress", "All"],
      ["Precedence", "auto_reply"],
    ],
    bodyText: "Estaré fuera de la oficina hasta el 9 de diciembre, sin acceso al correo. Para urgencias: 91 555 0101.",
  },
  {
    id: "bounce",
    subject: "No se puede entregar: Confirmación de su solicitud",
    from: { name: "Mail Delivery System", email: "mailer-daemon@mail.transportes-ibericos.example" },
    minutesAgo: 70,
    headers: [
      ["Auto-Submitted", "auto-replied"],
      ["Content-Type", 'multipart/report; report-type=delivery-status; boundary="bounce"'],
      ["X-Failed-Recipients", "pedidos@transportes-ibericos.example"],
      ["Return-Path", "<>"],
    ],
    bodyText: [
      "No se pudo entregar el mensaje a los siguientes destinatarios:",
      "",
      "pedidos@transportes-ibericos.example",
      "550 5.1.1 El buzón no existe.",
    ].join("\n"),
  },
  {
    id: "read-receipt",
    subject: "Leído: Actualización de su incidencia",
    from: { name: "Elena Prieto", email: "elena.prieto@farmacia-prieto.example" },
    minutesAgo: 140,
    headers: [["Content-Type", 'multipart/report; report-type=disposition-notification; boundary="mdn"']],
    bodyText: "Su mensaje «Actualización de su incidencia» fue leído el 2 de diciembre a las 17:42.",
  },
];

export const notNewCaseSamples = (now?: number) => NOT_NEW_CASES.map((input) => defineSample(input, now));
