import type { Frame } from "playwright-core";
import { developmentToken } from "../../src/services/auth/dev-token-provider";
import type { Ticket } from "../../src/core/contracts";
import {
  describeWithBrowser,
  launchBrowser,
  openSimulator,
  startTestServer,
  type SimulatorPage,
  type TestBrowser,
  type TestServer,
} from "./support";

// The simulator's default agent: tickets created from its pane are "mine" in Pendientes.
const AGENT = { name: "Lucía Fernández", email: "lucia.fernandez@ticketmasterpro.example" };

async function createTicketFor(simulator: SimulatorPage, sample: string): Promise<void> {
  await simulator.selectMessage(sample);
  await simulator.createTicketFromRibbon();
  await simulator.composeDialog("Responder").getByRole("button", { name: "Enviar" }).click();
}

async function openPendientes(simulator: SimulatorPage): Promise<Frame> {
  const pane = await simulator.paneFrame();
  await pane.getByRole("tab", { name: "Pendientes" }).click();
  return pane;
}

describeWithBrowser("Pendientes in the simulator", () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startTestServer({ seedDemoCustomers: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openTicketsByDueTime(): Promise<string[]> {
    const response = await server.app.inject({
      method: "GET",
      url: "/api/tickets?status=Pendiente&limit=50",
      headers: { authorization: `Bearer ${developmentToken(AGENT)}` },
    });
    const { items } = response.json<{ items: Ticket[] }>();
    return [...items].sort((a, b) => a.dueAt.localeCompare(b.dueAt)).map((t) => t.number);
  }

  it("finds the tickets created from the inbox in Pendientes, ordered by due time", async () => {
    const page = await browser.newPage();
    const simulator = await openSimulator(page, { baseUrl: server.url, agent: AGENT, sample: "english", pane: true });
    await createTicketFor(simulator, "routine-question");
    await createTicketFor(simulator, "urgent-outage");

    const pane = await openPendientes(simulator);
    const rows = pane.locator("[data-ticket]");
    await rows.nth(1).waitFor();

    const shown = await rows.evaluateAll((items) => items.map((item) => item.getAttribute("data-ticket")));
    expect(shown).toEqual(await openTicketsByDueTime());
    expect(shown).toHaveLength(2);
    await page.context().close();
  });

  it("says TicketMasterPro cannot be reached when the backend is down, and Reintentar loads the list", async () => {
    const page = await browser.newPage();
    const simulator = await openSimulator(page, { baseUrl: server.url, agent: AGENT, sample: "english", pane: true });
    await page.route("**/api/followup**", (route) => route.abort("connectionrefused"));

    const pane = await openPendientes(simulator);
    await pane.getByText("No se pudieron cargar los tickets pendientes").waitFor();
    await expect(pane.getByText(/No se pudo conectar con TicketMasterPro/).count()).resolves.toBe(1);
    await page.unroute("**/api/followup**");
    await pane.getByRole("button", { name: "Reintentar" }).click();

    // The list, or "nothing pending" when this test runs alone: either way it loaded.
    await pane
      .getByText(/^Vencidos \(\d+\)$|No hay tickets pendientes/)
      .first()
      .waitFor();
    await expect(pane.getByText("No se pudieron cargar los tickets pendientes").count()).resolves.toBe(0);
    await page.context().close();
  });
});
