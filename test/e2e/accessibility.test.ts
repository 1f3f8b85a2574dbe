import type { Frame } from "playwright-core";
import { developmentToken } from "../../src/services/auth/dev-token-provider";
import { inboxFixture, startGraphStandIn, type GraphStandIn } from "../support/graph-server";
import {
  type SimulatorPage,
  describeWithBrowser,
  expectNoSeriousA11yViolations,
  openSimulator,
  useSimulatorSuite,
} from "./support";
import { addSampleCustomers, openPaneOn } from "./flow-support";
import type { SampleId } from "../../src/simulator/samples";

// The simulator's default agent, whose development token the Graph stand-in accepts.
const AGENT = { name: "Lucía Fernández", email: "lucia.fernandez@ticketmasterpro.example" };

/** axe-core in the pane frame; a failure names the state it was found in. */
async function expectAccessible(pane: Frame, state: string): Promise<void> {
  await expectNoSeriousA11yViolations(pane).catch((error: unknown) => {
    throw new Error(`${state}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

describe.each(["light", "dark"] as const)("every pane state, %s theme", (theme) => {
  describeWithBrowser("accessibility", () => {
    const suite = useSimulatorSuite({
      setUp: (server) => addSampleCustomers(server, "javier", "raul", "rocio", "pilar"),
    });
    let graph: GraphStandIn;

    beforeAll(async () => {
      graph = await startGraphStandIn({ token: developmentToken(AGENT), messages: inboxFixture(3) });
    });

    afterAll(() => graph?.close());

    const open = async (sample: SampleId): Promise<{ simulator: SimulatorPage; pane: Frame }> => {
      const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, agent: AGENT, sample, theme });
      return { simulator, pane: await openPaneOn(simulator) };
    };

    it("has no serious violation through the steps of a new ticket, its creation and its second opening", async () => {
      const { simulator, pane } = await open("urgent-outage");
      await pane.getByRole("heading", { name: "Cliente" }).waitFor();
      await expectAccessible(pane, "Cliente (exact match)");

      await pane.getByRole("button", { name: "Siguiente" }).click();
      await pane.getByRole("heading", { name: "Problema" }).waitFor();
      await expectAccessible(pane, "Problema");

      await pane.getByRole("button", { name: "Siguiente" }).click();
      await pane.getByRole("heading", { name: "Evaluación" }).waitFor();
      await expectAccessible(pane, "Evaluación");

      await pane.getByRole("button", { name: "Crear ticket" }).click();
      await pane.getByRole("heading", { name: /Ticket TMP-\d{6} creado/ }).waitFor();
      await expectAccessible(pane, "Ticket creado");

      await simulator.selectMessage("routine-question");
      await simulator.selectMessage("urgent-outage");
      await pane.getByRole("heading", { name: /Este correo ya tiene el ticket TMP-\d{6}/ }).waitFor();
      await expectAccessible(pane, "Ya tiene ticket");

      await simulator.clearSelection();
      await pane.getByRole("heading", { name: "Ningún correo seleccionado" }).waitFor();
      await expectAccessible(pane, "Ningún correo seleccionado");
    });

    it("has no serious violation in the customer choices: new customer and two candidates", async () => {
      const fresh = await open("routine-question");
      await fresh.pane.getByRole("group", { name: "Nuevo cliente" }).waitFor();
      await expectAccessible(fresh.pane, "Nuevo cliente");

      const ambiguous = await open("data-loss");
      await ambiguous.pane.getByText("Hay más de un posible cliente: elige el correcto.").waitFor();
      await expectAccessible(ambiguous.pane, "Varios candidatos");
    });

    it("has no serious violation where the email is not a new case", async () => {
      const reply = await open("ticket-reply");
      await reply.pane.getByRole("button", { name: "Añadir al ticket TMP-000001" }).waitFor();
      await expectAccessible(reply.pane, "Ticket existente");

      await reply.pane.getByRole("button", { name: "Añadir al ticket TMP-000001" }).click();
      await reply.pane.getByRole("heading", { name: "Correo añadido al ticket TMP-000001" }).waitFor();
      await expectAccessible(reply.pane, "Correo añadido");

      const automatic = await open("auto-reply");
      await automatic.pane.getByRole("button", { name: "Crear de todos modos" }).waitFor();
      await expectAccessible(automatic.pane, "Correo automático");
    });

    it("has no serious violation while the backend cannot be reached", async () => {
      await suite.page.context().route("**/api/**", (route) => route.abort("connectionrefused"));
      const simulator = await openSimulator(suite.page, {
        baseUrl: suite.server.url,
        agent: AGENT,
        sample: "billing-failure",
        theme,
      });
      await simulator.openPane();
      const pane = await simulator.paneFrame();

      await pane.getByRole("heading", { name: "No se puede conectar con TicketMasterPro" }).waitFor();
      await expectAccessible(pane, "Sin conexión");
    });

    it("has no serious violation in Bandeja, its failure bar, and Pendientes", async () => {
      graph.reset(inboxFixture(3));
      const { simulator, pane } = await open("english");
      // Development builds read the Graph address from localStorage when the Bandeja first opens.
      await suite.page.evaluate((url) => localStorage.setItem("tmp.dev.graphBaseUrl", url), graph.baseUrl);

      await pane.getByRole("tab", { name: "Bandeja" }).click();
      await pane
        .getByRole("list", { name: /del más antiguo/ })
        .getByRole("listitem")
        .first()
        .waitFor();
      await expectAccessible(pane, "Bandeja");

      graph.failAlways({ status: 429, retryAfter: "0" });
      await pane.getByRole("button", { name: "Actualizar" }).click();
      await pane.getByRole("button", { name: "Reintentar" }).waitFor();
      await expectAccessible(pane, "Bandeja con Graph limitando");
      graph.failAlways(null);

      await simulator.createTicketFromRibbon();
      await simulator.composeDialog("Responder").getByRole("button", { name: "Enviar" }).click();
      await pane.getByRole("tab", { name: "Pendientes" }).click();
      await pane.locator("[data-ticket]").first().waitFor();
      await expectAccessible(pane, "Pendientes");
    });
  });
});
