import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EmailFacts } from "../../../src/core";

/** An ordinary customer email; tests override what they are about. */
export function emailFacts(overrides: Partial<EmailFacts> = {}): EmailFacts {
  return {
    internetMessageId: "<test-1@cliente.example>",
    subject: "Consulta",
    from: { name: "Ana López", email: "ana.lopez@cliente.example" },
    to: [{ name: "Soporte", email: "soporte@ticketmasterpro.example" }],
    cc: [],
    receivedAt: "2026-12-01T10:00:00.000Z",
    bodyText: "Hola, tengo una duda.",
    attachments: [],
    headers: {},
    mailbox: { address: "soporte@ticketmasterpro.example", isShared: true },
    ...overrides,
  };
}

export function fixture(name: string): string {
  return readFileSync(join(__dirname, "../../fixtures/emails", name), "utf8");
}
