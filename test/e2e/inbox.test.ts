import type { Frame } from "playwright-core";
import { loadSamples } from "../../src/simulator/samples";
import { developmentToken } from "../../src/services/auth/dev-token-provider";
import type { GraphMessageFixture } from "../support/graph-server";
import { startGraphStandIn, type GraphStandIn } from "../support/graph-server";
import {
  describeWithBrowser,
  launchBrowser,
  openSimulator,
  startTestServer,
  type SimulatorPage,
  type TestBrowser,
  type TestServer,
} from "./support";

// The simulator's default agent; its pane signs in with the development token, which the stand-in expects too.
const AGENT = { name: "Lucía Fernández", email: "lucia.fernandez@ticketmasterpro.example" };
const INBOX_SAMPLES = ["urgent-outage", "routine-question", "billing-failure"];

/** The simulator's own sample emails as Graph would list them, so that Bandeja and reading pane agree. */
function samplesAsGraphMessages(): GraphMessageFixture[] {
  return loadSamples()
    .filter((m) => INBOX_SAMPLES.includes(m.id.replace(/^sample-/, "")))
    .map((m) => ({
      id: m.id,
      internetMessageId: m.internetMessageId,
      receivedDateTime: m.receivedAt,
      from: { name: m.from.name, address: m.from.email },
      subject: m.subject,
      conversationId: m.conversationId,
    }));
}

interface SelectionWindow {
  simulatorHost: { selected(): { id: string } | null };
}

/** The server's CSP lets a non-production pane reach https services on loopback, where the stand-in listens. */
function newPageReachingGraph(browser: TestBrowser) {
  return browser.newPage();
}

async function openBandeja(simulator: SimulatorPage, graph: GraphStandIn): Promise<Frame> {
  // Development builds read the Graph address from localStorage, shared by the simulator page and its pane frame.
  // The Bandeja reads it when its tab first opens, so setting it after the pane has loaded is in time.
  await simulator.page.evaluate((url) => localStorage.setItem("tmp.dev.graphBaseUrl", url), graph.baseUrl);
  const pane = await simulator.paneFrame();
  await pane.getByRole("tab", { name: "Bandeja" }).click();
  return pane;
}

describeWithBrowser("Bandeja in the simulator", () => {
  let server: TestServer;
  let browser: TestBrowser;
  let graph: GraphStandIn;
  const messages = samplesAsGraphMessages();
  const oldestFirst = [...messages].sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime));

  beforeAll(async () => {
    server = await startTestServer({ seedDemoCustomers: true });
    browser = await launchBrowser();
    graph = await startGraphStandIn({ token: developmentToken(AGENT) });
  });

  afterAll(async () => {
    await graph?.close();
    await browser?.close();
    await server?.close();
  });

  beforeEach(() => graph.reset(messages));

  it("works the inbox from the oldest email: tickets it, then finds the next one without a ticket", async () => {
    const page = await newPageReachingGraph(browser);
    const simulator = await openSimulator(page, { baseUrl: server.url, agent: AGENT, sample: "english", pane: true });
    const pane = await openBandeja(simulator, graph);
    const items = pane.getByRole("list", { name: /del más antiguo/ }).getByRole("listitem");
    await items.first().waitFor();
    await expect(items.allInnerTexts()).resolves.toEqual(
      oldestFirst.map((m) => expect.stringContaining(m.subject) as string),
    );
    await expect(items.first().innerText()).resolves.toContain("Sin ticket");

    await simulator.selectMessage(oldestFirst[0].id.replace(/^sample-/, ""));
    await simulator.createTicketFromRibbon();
    // One click also opens the reply to the customer; the agent sends it and is back in the pane.
    await simulator.composeDialog("Responder").getByRole("button", { name: "Enviar" }).click();
    await pane.getByRole("button", { name: "Actualizar" }).click();

    await expect(
      items
        .first()
        .getByText(/Ticket TMP-\d{6}/)
        .textContent(),
    ).resolves.toMatch(/TMP-\d{6}/);
    await pane.getByRole("button", { name: "Siguiente sin ticket" }).click();
    // Outlook's own message form opens the email; in the simulator that selects it in the reading pane.
    await page.waitForFunction(
      (id) => (window as unknown as SelectionWindow).simulatorHost.selected()?.id === id,
      oldestFirst[1].id,
    );
    expect(graph.requests.every((r) => r.headers.prefer === 'IdType="ImmutableId"')).toBe(true);
    await page.context().close();
  });

  it("explains persistent Graph throttling in Spanish and Reintentar brings the inbox back", async () => {
    graph.failAlways({ status: 429, retryAfter: "0" });
    const page = await newPageReachingGraph(browser);
    const simulator = await openSimulator(page, { baseUrl: server.url, agent: AGENT, sample: "english", pane: true });

    const pane = await openBandeja(simulator, graph);
    await pane.getByText(/Microsoft 365 está limitando las solicitudes/).waitFor();
    graph.failAlways(null);
    await pane.getByRole("button", { name: "Reintentar" }).click();

    const items = pane.getByRole("list", { name: /del más antiguo/ }).getByRole("listitem");
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(messages.length);
    await page.context().close();
  });
});
