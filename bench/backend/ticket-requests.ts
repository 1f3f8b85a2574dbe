import type { EmailFacts, NewTicket } from "../../src/core/contracts";
import type { BenchRequest } from "./http-load";

/** A customer the HTTP benchmarks refer to: stored in the database under this id. */
export interface KnownCustomer {
  id: string;
  name: string;
  email: string;
}

/** Makes each run's message ids new, so a second run on the same database creates tickets again. */
const RUN = Date.now().toString(36);

export function messageId(series: string, index: number): string {
  return `<bench-${RUN}-${series}-${index}@correo.example>`;
}

export function newTicket(customer: KnownCustomer, series: string, index: number): NewTicket {
  return {
    customerId: customer.id,
    subject: `No puedo acceder a la factura de noviembre (${index})`,
    problem:
      "El cliente indica que al abrir la factura desde el área de clientes aparece un error y no puede descargarla. " +
      "Ha probado con dos navegadores.",
    notes: "Pide respuesta antes del viernes.",
    priority: index % 7 === 0 ? "Alta" : "Media",
    evaluation: index % 3 === 0 ? "immediate" : "investigation",
    language: "es",
    source: {
      internetMessageId: messageId(series, index),
      conversationId: `AAQkAD-bench-${RUN}-${series}-${index % 500}`,
      receivedAt: new Date(Date.UTC(2026, 10, 2, 9, 0, index % 3600)).toISOString(),
      mailbox: "soporte@empresa.example",
    },
  };
}

export function createRequest(customer: KnownCustomer, series: string, index: number): BenchRequest {
  return { kind: "create", method: "POST", path: "/api/tickets", body: newTicket(customer, series, index) };
}

export function emailFacts(customer: KnownCustomer, index: number): EmailFacts {
  return {
    internetMessageId: messageId("triage", index),
    subject: index % 2 === 0 ? "URGENTE: no funciona el TPV de la tienda" : "Consulta sobre mi última factura",
    from: { name: customer.name, email: customer.email },
    to: [{ name: "Soporte", email: "soporte@empresa.example" }],
    cc: [],
    receivedAt: new Date(Date.UTC(2026, 10, 2, 9, 30)).toISOString(),
    bodyText:
      "Buenos días,\n\nDesde esta mañana el terminal de pago de la tienda no conecta y no podemos cobrar a los " +
      "clientes. Ya hemos reiniciado el equipo.\n\nUn saludo,\n" +
      customer.name,
    attachments: [],
    headers: {},
    mailbox: { address: "soporte@empresa.example", isShared: true },
  };
}
