import type { Ticket } from "../../../../src/core/contracts";

/** An ISO time `hours` before now (a minute more, so ages read as whole hours); negative for the future. */
export function hoursAgo(hours: number, now = Date.now()): string {
  return new Date(now - hours * 3_600_000 - 60_000).toISOString();
}

export function ticketFixture(overrides: Partial<Ticket> & Pick<Ticket, "number">): Ticket {
  return {
    customer: { id: "c1", name: "Lucía Fernández", email: "lucia@cliente.example" },
    subject: "No puedo acceder a la factura",
    problem: "La factura de noviembre no se descarga.",
    notes: "",
    priority: "Media",
    evaluation: "investigation",
    language: "es",
    status: "Pendiente",
    source: null,
    createdBy: "ana@empresa.example",
    assignedTo: "ana@empresa.example",
    createdAt: hoursAgo(5),
    updatedAt: hoursAgo(5),
    dueAt: hoursAgo(-3),
    ...overrides,
  };
}
