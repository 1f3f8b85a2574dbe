import type { NewTicket } from "../../../src/core/contracts";
import { keyOf, planBatch, type KnownFacts, type PendingCreate } from "../../../backend/src/tickets/batch-plan";
import { loadPolicy } from "../../../backend/src/policy/load-policy";

const NOW = new Date("2026-12-03T10:00:00Z");
const policy = loadPolicy({ serviceLevelsFile: null, templatesFile: null });
const agent = { id: "agent-ana", name: "Ana", email: "ana@soporte.example", tenantId: null };

function pending(messageId: string | null, extra: { key?: string; hash?: string; customerId?: string } = {}) {
  const ticket: NewTicket = {
    customerId: extra.customerId ?? "c-1",
    subject: "No arranca",
    problem: "El equipo no arranca.",
    priority: "Media",
    evaluation: "investigation",
    language: "es",
    ...(messageId ? { source: { internetMessageId: messageId } } : {}),
  };
  const command = { ticket, agent, idempotencyKey: extra.key ?? null, now: NOW, policy };
  return { command, bodyHash: extra.hash ?? "hash-a" } as PendingCreate;
}

function known(facts: Partial<KnownFacts> = {}): KnownFacts {
  return {
    keys: new Map(),
    emails: new Map(),
    customers: new Map([["c-1", { name: "Ana Ruiz", email: "ana@cliente.example" }]]),
    ...facts,
  };
}

describe("planBatch", () => {
  it("numbers new tickets after the last number, with no gaps", () => {
    const plan = planBatch([pending("<a@x>"), pending("<b@x>"), pending(null)], known(), 41);

    expect(plan.rows.map(({ row }) => row.number)).toEqual([42, 43, 44]);
    expect(plan.outcomes).toEqual([
      { kind: "ticket", number: 42, created: true },
      { kind: "ticket", number: 43, created: true },
      { kind: "ticket", number: 44, created: true },
    ]);
  });

  it("gives the same email sent twice within a batch one ticket", () => {
    const plan = planBatch([pending("<a@x>"), pending("<a@x>")], known(), 0);

    expect(plan.rows).toHaveLength(1);
    expect(plan.outcomes[1]).toEqual({ kind: "ticket", number: 1, created: false });
  });

  it("answers a known email or key with its ticket and refuses a key reused with another body", () => {
    const facts = known({
      emails: new Map([["<viejo@x>", 7]]),
      keys: new Map([[keyOf("agent-ana", "k-1"), { bodyHash: "hash-a", number: 8 }]]),
    });

    const plan = planBatch(
      [pending("<viejo@x>"), pending(null, { key: "k-1" }), pending(null, { key: "k-1", hash: "hash-b" })],
      facts,
      10,
    );

    expect(plan.rows).toHaveLength(0);
    expect(plan.outcomes.slice(0, 2)).toEqual([
      { kind: "ticket", number: 7, created: false },
      { kind: "ticket", number: 8, created: false },
    ]);
    expect(plan.outcomes[2]).toMatchObject({ kind: "error", error: { status: 422 } });
  });

  it("refuses a ticket for an unknown customer without taking a number", () => {
    const plan = planBatch([pending("<a@x>", { customerId: "ghost" }), pending("<b@x>")], known(), 0);

    expect(plan.outcomes[0]).toMatchObject({ kind: "error", error: { status: 404 } });
    expect(plan.rows.map(({ row }) => row.number)).toEqual([1]);
  });
});
