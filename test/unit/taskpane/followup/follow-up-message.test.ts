import type { Ticket } from "../../../../src/core/contracts";
import { composeFollowUp } from "../../../../src/taskpane/followup/follow-up-message";
import { ticketFixture } from "../inbox/pane-fixtures";

const agent = { name: "Ana Agente", email: "ana@empresa.example" };
const now = new Date("2026-12-03T10:00:00Z");

function ticket(overrides: Partial<Ticket>): Ticket {
  return ticketFixture({ number: "TMP-000123", subject: "RE: Factura duplicada", ...overrides });
}

describe("composeFollowUp", () => {
  it("writes to the customer in Spanish with the ticket tag once and the due time as a person says it", () => {
    const message = composeFollowUp(ticket({ dueAt: "2026-12-04T17:00:00Z" }), agent, now, "Europe/Madrid");

    expect(message.to).toEqual([{ name: "Lucía Fernández", email: "lucia@cliente.example" }]);
    expect(message.subject).toBe("RE: Factura duplicada [TMP-000123]");
    expect(message.html).toContain("Hola, Lucía Fernández:");
    expect(message.html).toContain("el viernes 4 de diciembre antes de las 18:00");
    expect(message.html).toContain("Ana Agente");
  });

  it("promises no date in the past for an overdue ticket", () => {
    const message = composeFollowUp(ticket({ dueAt: "2026-12-02T17:00:00Z" }), agent, now, "Europe/Madrid");

    expect(message.html).toContain("prevemos resolverlo lo antes posible");
  });

  it("uses the English template for an English-speaking customer", () => {
    const message = composeFollowUp(ticket({ language: "en", dueAt: "2026-12-02T17:00:00Z" }), agent, now, "UTC");

    expect(message.html).toContain("Dear Lucía Fernández,");
    expect(message.html).toContain("as soon as possible");
  });

  it("escapes what came from the customer", () => {
    const hostile = ticket({ customer: { id: "c", name: "<img src=x onerror=alert(1)>", email: "x@y.example" } });

    const message = composeFollowUp(hostile, agent, now, "UTC");

    expect(message.html).not.toContain("<img");
    expect(message.html).toContain("&lt;img");
  });
});
