import type { Customer, CustomerMatch, EmailFacts, Ticket, Triage } from "../../../../src/core/contracts";

export function anEmail(overrides: Partial<EmailFacts> = {}): EmailFacts {
  return {
    itemId: "item-1",
    internetMessageId: "<m1@cliente.example>",
    conversationId: "conv-1",
    subject: "No puedo acceder a la factura",
    from: { name: "Lucía Pérez", email: "lucia@acme.example" },
    to: [{ name: "Soporte", email: "soporte@tmp.example" }],
    cc: [],
    receivedAt: "2026-12-01T09:00:00.000Z",
    bodyText: "Hola, no puedo descargar la factura de noviembre.\n\nLucía\nTel. 600 123 456",
    attachments: [{ name: "captura.png", size: 20480, contentType: "image/png", isInline: false }],
    headers: {},
    mailbox: { address: "soporte@tmp.example", isShared: true },
    ...overrides,
  };
}

export function aTriage(overrides: Partial<Triage> = {}): Triage {
  return {
    priority: "Media",
    reasons: [{ code: "blocked-one", es: "Afecta a una persona", en: "Affects one person", weight: 1 }],
    evaluation: "immediate",
    evaluationReasons: [{ code: "known-question", es: "Consulta conocida", en: "Known question", weight: 1 }],
    language: "es",
    automatic: null,
    ticketReferences: [],
    forwardedFrom: null,
    contact: { phones: ["600 123 456"] },
    cleanText: "Hola, no puedo descargar la factura de noviembre.",
    ...overrides,
  };
}

let customerCounter = 0;

export function aCustomer(overrides: Partial<Customer> = {}): Customer {
  customerCounter += 1;
  return {
    id: `c-${customerCounter}`,
    name: "Lucía Pérez",
    email: "lucia@acme.example",
    phone: null,
    company: "Acme",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

export function aMatch(customer: Customer, reason: CustomerMatch["reason"], score = reason === "email" ? 1 : 0.6) {
  return { customer, reason, score } satisfies CustomerMatch;
}

export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    number: "TMP-000042",
    customer: { id: "c-x", name: "Lucía Pérez", email: "lucia@acme.example" },
    subject: "No puedo acceder a la factura",
    problem: "No puedo descargar la factura",
    notes: "",
    priority: "Media",
    evaluation: "immediate",
    language: "es",
    status: "Pendiente",
    source: null,
    createdBy: "agent@tmp.example",
    assignedTo: null,
    createdAt: "2026-12-01T09:05:00.000Z",
    updatedAt: "2026-12-01T09:05:00.000Z",
    dueAt: "2026-12-02T09:05:00.000Z",
    ...overrides,
  };
}
