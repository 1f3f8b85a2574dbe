import type { Customer, NewTicket, Ticket } from "../../src/core/contracts";
import { authHeaders, type TestAgent, type TestBackend } from "./backend";

let customerSeq = 0;

export async function createTestCustomer(backend: TestBackend, name = "Lucía Navarro Gil"): Promise<Customer> {
  customerSeq += 1;
  const response = await backend.app.inject({
    method: "POST",
    url: "/api/customers",
    payload: { name, email: `cliente${customerSeq}-${Date.now()}@cliente.example` },
    headers: authHeaders(),
  });
  return response.json<Customer>();
}

export function newTicket(customerId: string, messageId: string, overrides: Partial<NewTicket> = {}): NewTicket {
  return {
    customerId,
    subject: "No puedo acceder a la factura",
    problem: "Desde ayer la página de facturas da un error al abrirla.",
    priority: "Media",
    evaluation: "investigation",
    language: "es",
    source: {
      internetMessageId: messageId,
      conversationId: "conv-1",
      receivedAt: "2026-12-01T10:00:00.000Z",
      mailbox: "soporte@empresa.example",
    },
    ...overrides,
  };
}

export async function postTicket(
  backend: TestBackend,
  body: object,
  headers: Record<string, string> = {},
  agent?: TestAgent,
) {
  return backend.app.inject({
    method: "POST",
    url: "/api/tickets",
    payload: body,
    headers: { ...authHeaders(agent), ...headers },
  });
}

export async function createTestTicket(backend: TestBackend, body: NewTicket): Promise<Ticket> {
  return (await postTicket(backend, body)).json<Ticket>();
}
