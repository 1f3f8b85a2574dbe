import type { Frame, Page } from "playwright-core";
import type { Ticket } from "../../src/core/contracts";
import { loadSamples } from "../../src/simulator/samples";
import { startGraphStandIn, type GraphMessageFixture, type GraphStandIn } from "../support/graph-server";
import { startTokenIssuer, type TokenIssuer } from "../support/token-issuer";
import { launchBrowser, openSimulator, startTestServer, type SimulatorPage, type TestBrowser } from "./support";
import type { SimulatorOptions, TestServer } from "./support";

/**
 * Browser tests with production-style sign-in: the local token issuer plays Entra ID and Outlook's broker, the
 * backend validates its signed tokens against its key set (AUTH_MODE=entra, no development tokens), and the Graph
 * stand-in accepts only the issuer's Graph tokens.
 */
export interface SignInWorld {
  issuer: TokenIssuer;
  server: TestServer;
  graph: GraphStandIn;
  browser: TestBrowser;
  close(): Promise<void>;
}

export const INBOX_SAMPLES = ["urgent-outage", "routine-question", "billing-failure"];

export async function startSignInWorld(): Promise<SignInWorld> {
  const issuer = await startTokenIssuer({ browser: true });
  // No clock tolerance, so that a token minted to expire in a few seconds is refused when it does.
  const env = { ...issuer.env, AUTH_CLOCK_SKEW_SECONDS: "0" };
  const server = await startTestServer({ seedDemoCustomers: true, env });
  const graph = await startGraphStandIn({ acceptToken: (token) => issuer.acceptsGraphToken(token) });
  const browser = await launchBrowser();

  return {
    issuer,
    server,
    graph,
    browser,
    close: async () => {
      await browser.close();
      await graph.close();
      await server.close();
      await issuer.close();
    },
  };
}

/** The simulator's own sample emails as Graph would list them, so that Bandeja and reading pane agree. */
export function samplesAsGraphMessages(): GraphMessageFixture[] {
  return loadSamples()
    .filter((m) => INBOX_SAMPLES.includes(m.id.replace(/^sample-/, "")))
    .map((m) => ({
      id: m.id,
      internetMessageId: m.internetMessageId,
      receivedDateTime: m.receivedAt,
      from: { name: m.from.name, address: m.from.email },
      subject: m.subject,
      conversationId: m.conversationId,
      categories: [],
    }));
}

/** The simulator signing in through the issuer, with the Bandeja pointed at the Graph stand-in. */
export async function openSignedInSimulator(
  world: SignInWorld,
  options: Omit<SimulatorOptions, "baseUrl" | "signIn"> = {},
): Promise<SimulatorPage> {
  const page = await world.browser.newPage();
  // Development builds read the Graph address from localStorage, shared by the simulator page and its frames.
  await page.addInitScript((url) => localStorage.setItem("tmp.dev.graphBaseUrl", url), world.graph.baseUrl);

  return openSimulator(page, {
    baseUrl: world.server.url,
    sample: "english",
    pane: true,
    ...options,
    signIn: {
      issuer: world.issuer.browserUrl ?? "",
      clientId: world.issuer.paneClientId,
      tenantId: world.issuer.tenantId,
      apiScope: `api://127.0.0.1/${world.issuer.apiClientId}/access_as_user`,
    },
  });
}

/** The pane has signed in once its tabs show. */
export async function waitForTabs(simulator: SimulatorPage): Promise<Frame> {
  const pane = await simulator.paneFrame();
  await pane.getByRole("tab", { name: "Bandeja" }).waitFor();
  return pane;
}

export async function createTicketFromRibbon(simulator: SimulatorPage, sample: string): Promise<void> {
  await simulator.selectMessage(sample);
  await expect(simulator.createTicketFromRibbon()).resolves.toBe("completed");
  await simulator.composeDialog("Responder").getByRole("button", { name: "Enviar" }).click();
}

/** Open tickets by due time, as the backend sees them, asked with a token of the same agent. */
export async function openTicketsByDueTime(world: SignInWorld): Promise<string[]> {
  const response = await world.server.app.inject({
    method: "GET",
    url: "/api/tickets?status=Pendiente&limit=50",
    headers: { authorization: `Bearer ${await world.issuer.mint()}` },
  });
  const { items } = response.json<{ items: Ticket[] }>();
  return [...items].sort((a, b) => a.dueAt.localeCompare(b.dueAt)).map((t) => t.number);
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
