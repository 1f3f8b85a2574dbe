import type { Frame } from "playwright-core";
import type { SimulatorPage, TestServer } from "./support";

/** Adds a CRM customer through the API, as another agent would have. */
export async function addCustomer(server: TestServer, customer: { name: string; email: string; company?: string }) {
  const response = await server.app.inject({
    method: "POST",
    url: "/api/customers",
    headers: { authorization: `Bearer ${server.token()}` },
    payload: customer,
  });
  if (response.statusCode !== 201) throw new Error(`customer not added: ${response.statusCode}`);
  return response.json<{ id: string }>();
}

/** Creates a ticket through the API for a customer (the first ticket of a fresh database is TMP-000001). */
export async function addTicket(server: TestServer, customerId: string, internetMessageId: string) {
  const response = await server.app.inject({
    method: "POST",
    url: "/api/tickets",
    headers: { authorization: `Bearer ${server.token()}` },
    payload: {
      customerId,
      subject: "Error al sincronizar el calendario",
      problem: "El calendario no sincroniza",
      priority: "Media",
      evaluation: "investigation",
      language: "es",
      source: { internetMessageId },
    },
  });
  if (response.statusCode !== 201) throw new Error(`ticket not added: ${response.statusCode}`);
  return response.json<{ number: string }>();
}

/** Opens the pane on the selected message and waits until the Ticket tab has finished analysing it. */
export async function openPaneOn(simulator: SimulatorPage): Promise<Frame> {
  await simulator.openPane();
  const pane = await simulator.paneFrame();
  await pane.waitForSelector("[data-flow-state]:not([data-flow-state='loading']):not([data-flow-state='analysing'])");
  return pane;
}

export async function flowState(pane: Frame): Promise<string | null> {
  return pane.locator("[data-flow-state]").getAttribute("data-flow-state");
}
