import type { BrowserContext } from "playwright-core";
import { loadSamples, type SampleId } from "../../src/simulator/samples";
import { describeWithBrowser, openSimulator, useSimulatorSuite } from "./support";
import { addSampleCustomers, openPaneOn } from "./flow-support";

const API = "**/api/**";
/** The pane asks /api/health every 3 s while blocked; the ceiling leaves room for a busy machine. */
const BACK_WITHIN_MS = 20_000;

/** The backend stops answering: every API request from the page fails as a refused connection would. */
async function stopBackend(context: BrowserContext): Promise<void> {
  await context.route(API, (route) => route.abort("connectionrefused"));
}

async function startBackendAgain(context: BrowserContext): Promise<void> {
  await context.unroute(API);
}

function messageIdOf(sample: SampleId): string {
  const message = loadSamples().find((candidate) => candidate.id === `sample-${sample}`);
  if (!message) throw new Error(`no sample ${sample}`);
  return message.internetMessageId;
}

describeWithBrowser("Backend down and back", () => {
  const suite = useSimulatorSuite({ setUp: (server) => addSampleCustomers(server, "javier", "carmen", "anaBelen") });

  async function ticketsFor(sample: SampleId): Promise<string[]> {
    const response = await suite.server.app.inject({
      method: "POST",
      url: "/api/tickets/lookup",
      headers: { authorization: `Bearer ${suite.server.token()}` },
      payload: { internetMessageIds: [messageIdOf(sample)] },
    });
    return Object.values(response.json<{ tickets: Record<string, string> }>().tickets);
  }

  describe("the task pane", () => {
    it("says in Spanish that the service cannot be reached, then carries on by itself when it is back", async () => {
      await stopBackend(suite.page.context());
      const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "urgent-outage" });
      await simulator.openPane();
      const pane = await simulator.paneFrame();

      await pane.getByRole("heading", { name: "No se puede conectar con TicketMasterPro" }).waitFor();
      await pane.getByText("El panel vuelve a intentarlo solo", { exact: false }).waitFor();
      await startBackendAgain(suite.page.context());

      await pane
        .getByText("Coincidencia exacta por dirección: preseleccionado.", { exact: false })
        .waitFor({ timeout: BACK_WITHIN_MS });
      expect(await pane.getByRole("region", { name: "Correo seleccionado" }).textContent()).toContain(
        "Javier Morales Soto",
      );
    });

    it("completes a ticket whose answer was lost when the backend went down, without a second ticket", async () => {
      const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "routine-question" });
      const pane = await openPaneOn(simulator);
      await pane.getByRole("tab", { name: "Evaluación" }).click();
      const keys: string[] = [];
      suite.page.context().on("request", (request) => {
        if (request.method() === "POST" && request.url().endsWith("/api/tickets")) {
          keys.push(request.headers()["idempotency-key"] ?? "");
        }
      });
      // The worst moment: the server creates the ticket, then goes down before the pane hears the answer.
      await suite.page.context().route("**/api/tickets", async (route) => {
        await route.fetch();
        await stopBackend(suite.page.context());
        await route.abort("connectionreset");
      });

      await pane.getByRole("button", { name: "Crear ticket" }).click();
      await pane.getByRole("heading", { name: "No se puede conectar con TicketMasterPro" }).waitFor();
      await suite.page.context().unroute("**/api/tickets");
      await startBackendAgain(suite.page.context());

      // The retry reuses the idempotency key: the server answers with the ticket it had already created.
      const created = pane.getByRole("heading", { name: /TMP-\d{6}/ });
      await created.waitFor({ timeout: BACK_WITHIN_MS });
      const number = (await created.textContent())?.match(/TMP-\d{6}/)?.[0];
      expect(await ticketsFor("routine-question")).toEqual([number]);
      expect(keys).toHaveLength(2);
      expect(new Set(keys).size).toBe(1);
    });
  });

  describe("the one-click Crear ticket", () => {
    it("says the service does not answer and to try again, then creates the ticket once it is back", async () => {
      await stopBackend(suite.page.context());
      const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "billing-failure" });

      await simulator.createTicketFromRibbon();
      const whileDown = (await simulator.notifications()).at(-1)?.message ?? "";
      await startBackendAgain(suite.page.context());
      await simulator.createTicketFromRibbon();
      const afterwards = (await simulator.notifications()).at(-1)?.message ?? "";

      expect(whileDown).toBe(
        "No se pudo crear el ticket: TicketMasterPro no responde. Inténtalo de nuevo en unos minutos.",
      );
      expect(afterwards).toMatch(/^Ticket TMP-\d{6} creado\./);
      expect(await ticketsFor("billing-failure")).toHaveLength(1);
    });
  });
});
