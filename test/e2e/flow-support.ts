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

/** CRM records of the simulator samples' senders, by the sample they belong to. */
const SAMPLE_CUSTOMERS = {
  /** urgent-outage: one exact address match. */
  javier: { name: "Javier Morales Soto", email: "javier.morales@distribuciones-levante.example" },
  /** data-loss: two colleagues at the sender's company, neither the sender. */
  raul: { name: "Raúl Jiménez", email: "raul@asesoria-jimenez.example" },
  rocio: { name: "Rocío Jiménez", email: "rocio@asesoria-jimenez.example" },
  /** ticket-reply: she has the ticket the sample answers (TMP-000001 in a fresh database). */
  pilar: { name: "Pilar Navarro Ruiz", email: "pilar.navarro@hotel-miramar.example" },
  /** routine-question. */
  carmen: { name: "Carmen Ortega Pérez", email: "carmen.ortega.p@gmail.com" },
  /** billing-failure. */
  anaBelen: { name: "Ana Belén Castillo", email: "abcastillo@clinica-santamaria.example" },
  /** forwarded: the original sender. */
  rosa: { name: "Rosa Martín Vega", email: "rosa.martin@gestoria-martin.example" },
};

/** Adds the given samples' senders to the CRM; Pilar comes with her first ticket. */
export async function addSampleCustomers(server: TestServer, ...who: (keyof typeof SAMPLE_CUSTOMERS)[]) {
  for (const key of who) {
    const customer = await addCustomer(server, SAMPLE_CUSTOMERS[key]);
    if (key === "pilar") await addTicket(server, customer.id, "<first-calendar-report@hotel-miramar.example>");
  }
}
