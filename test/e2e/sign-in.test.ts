import {
  closePage,
  createTicketFromRibbon,
  openSignedInSimulator,
  openTicketsByDueTime,
  samplesAsGraphMessages,
  startSignInWorld,
  waitForTabs,
  type SignInWorld,
} from "./sign-in-support";
import type { BrokerError } from "../support/issuer-broker";
import { describeWithBrowser } from "./support";

interface SelectionWindow {
  simulatorHost: { selected(): { id: string } | null };
}

describeWithBrowser("Sign-in with tokens from the local issuer (production-style validation)", () => {
  let world: SignInWorld;
  const messages = samplesAsGraphMessages();
  const oldestFirst = [...messages].sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime));

  beforeAll(async () => {
    world = await startSignInWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  beforeEach(() => {
    world.graph.reset(messages);
    world.issuer.broker.requests.length = 0;
    world.issuer.broker.decide = () => ({ grant: true });
  });

  it("signs in, works the Bandeja from the oldest email, tickets it, and finds the tickets in Pendientes", async () => {
    const simulator = await openSignedInSimulator(world);
    const pane = await waitForTabs(simulator);
    expect(world.issuer.broker.requests[0]).toMatchObject({
      method: "GetToken",
      audience: "api",
      clientId: world.issuer.paneClientId,
    });

    await pane.getByRole("tab", { name: "Bandeja" }).click();
    const items = pane.getByRole("list", { name: /del más antiguo/ }).getByRole("listitem");
    await items.first().waitFor();
    await expect(items.allInnerTexts()).resolves.toEqual(
      oldestFirst.map((m) => expect.stringContaining(m.subject) as string),
    );

    for (const expected of oldestFirst.slice(0, 2)) {
      await pane.getByRole("button", { name: "Siguiente sin ticket" }).click();
      await simulator.page.waitForFunction(
        (id) => (window as unknown as SelectionWindow).simulatorHost.selected()?.id === id,
        expected.id,
      );
      await createTicketFromRibbon(simulator, expected.id.replace(/^sample-/, ""));
      await pane.getByRole("button", { name: "Actualizar" }).click();
      await pane
        .getByText(/Ticket TMP-\d{6}/)
        .nth(oldestFirst.indexOf(expected))
        .waitFor();
    }

    await pane.getByRole("tab", { name: "Pendientes" }).click();
    const rows = pane.locator("[data-ticket]");
    await rows.nth(1).waitFor();
    const shown = await rows.evaluateAll((list) => list.map((row) => row.getAttribute("data-ticket")));
    expect(shown).toEqual(await openTicketsByDueTime(world));
    expect(shown).toHaveLength(2);
    expect(world.issuer.broker.requests.some((r) => r.audience === "graph")).toBe(true);
    await closePage(simulator.page);
  });

  const refusals: [string, BrokerError, string, string][] = [
    [
      "consent is refused",
      { status: "USER_INTERACTION_REQUIRED", code: "invalid_grant", description: "AADSTS65001: no consent" },
      "Falta el consentimiento",
      "Reintentar",
    ],
    [
      "the tenant refuses the account",
      { status: "PERSISTENT_ERROR", code: "invalid_request", description: "AADSTS50020: account not in tenant" },
      "Tu organización no está autorizada",
      "Reintentar",
    ],
    ["the agent closes Outlook's sign-in", { status: "USER_CANCEL" }, "No has iniciado sesión", "Iniciar sesión"],
  ];

  it.each(refusals)(
    "says so in Spanish when %s, and signs in once it is fixed",
    async (_case, error, title, action) => {
      world.issuer.broker.decide = () => ({ error });
      const simulator = await openSignedInSimulator(world);
      const pane = await simulator.paneFrame();

      await pane.getByRole("heading", { name: title }).waitFor();
      world.issuer.broker.decide = () => ({ grant: true });
      await pane.getByRole("button", { name: action }).click();

      await pane.getByRole("tab", { name: "Pendientes" }).click();
      await pane
        .getByText(/^Vencidos \(\d+\)$|No hay tickets pendientes/)
        .first()
        .waitFor();
      expect(world.issuer.broker.requests.map((r) => r.method)).toContain("GetTokenPopup");
      await closePage(simulator.page);
    },
  );

  it("gets a new token silently when the backend finds the token expired mid-session", async () => {
    const firstMinted = expiringFirstApiToken(world);
    const simulator = await openSignedInSimulator(world);
    const pane = await waitForTabs(simulator);
    await waitUntilExpired(await firstMinted);

    await pane.getByRole("tab", { name: "Pendientes" }).click();

    await pane
      .getByText(/^Vencidos \(\d+\)$|No hay tickets pendientes/)
      .first()
      .waitFor();
    const apiRequests = world.issuer.broker.requests.filter((r) => r.audience === "api");
    expect(apiRequests.map((r) => r.method)).toEqual(["GetToken", "GetToken"]);
    await expect(pane.getByText("No se pudieron cargar los tickets pendientes").count()).resolves.toBe(0);
    await closePage(simulator.page);
  });

  it("asks the agent to sign in again when the session cannot be renewed silently; then Reintentar works", async () => {
    const session = lapsingSession(world);
    const simulator = await openSignedInSimulator(world);
    const pane = await waitForTabs(simulator);
    await waitUntilExpired(await session.firstMinted);

    await pane.getByRole("tab", { name: "Pendientes" }).click();
    await pane.getByText("La sesión ha caducado").waitFor();
    await pane.getByText(/Vuelve a iniciar sesión para seguir trabajando/).waitFor();
    session.signInWorks();
    await pane.getByRole("button", { name: "Iniciar sesión" }).click();
    await pane.getByText("La sesión ha caducado").waitFor({ state: "detached" });
    await pane.getByRole("button", { name: "Reintentar" }).click();

    await pane
      .getByText(/^Vencidos \(\d+\)$|No hay tickets pendientes/)
      .first()
      .waitFor();
    const apiMethods = world.issuer.broker.requests.filter((r) => r.audience === "api").map((r) => r.method);
    expect(apiMethods.slice(0, 3)).toEqual(["GetToken", "GetToken", "GetTokenPopup"]);
    await closePage(simulator.page);
  });

  it("explains persistent Graph throttling in Spanish, and Reintentar brings the Bandeja back", async () => {
    world.graph.failAlways({ status: 429, retryAfter: "0" });
    const simulator = await openSignedInSimulator(world);
    const pane = await waitForTabs(simulator);

    await pane.getByRole("tab", { name: "Bandeja" }).click();
    await pane.getByText(/Microsoft 365 está limitando las solicitudes/).waitFor();
    world.graph.failAlways(null);
    await pane.getByRole("button", { name: "Reintentar" }).click();

    const items = pane.getByRole("list", { name: /del más antiguo/ }).getByRole("listitem");
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(messages.length);
    await closePage(simulator.page);
  });

  it("says TicketMasterPro cannot be reached when the backend is down, and Reintentar loads Pendientes", async () => {
    const simulator = await openSignedInSimulator(world);
    const pane = await waitForTabs(simulator);
    await simulator.page.route("**/api/followup**", (route) => route.abort("connectionrefused"));

    await pane.getByRole("tab", { name: "Pendientes" }).click();
    await pane.getByText(/No se pudo conectar con TicketMasterPro/).waitFor();
    await simulator.page.unroute("**/api/followup**");
    await pane.getByRole("button", { name: "Reintentar" }).click();

    await pane
      .getByText(/^Vencidos \(\d+\)$|No hay tickets pendientes/)
      .first()
      .waitFor();
    await expect(pane.getByText(/No se pudo conectar con TicketMasterPro/).count()).resolves.toBe(0);
    await closePage(simulator.page);
  });
});

/**
 * The first API token is minted to expire in a few seconds while MSAL is told it lasts an hour, as happens when a
 * session is revoked or a laptop wakes from sleep: only the backend notices. Resolves to when it was minted.
 */
function expiringFirstApiToken(world: SignInWorld): Promise<number> {
  return new Promise((resolve) => {
    let first = true;
    world.issuer.broker.decide = (request) => {
      if (request.audience !== "api" || !first) return { grant: true };
      first = false;
      resolve(Date.now());
      return { grant: true, mint: { expiresIn: 3 }, reportedExpiresIn: 3600 };
    };
  });
}

/**
 * The first API token expires early (as above); Entra ID then refuses to renew it, silently or not (AADSTS700082,
 * the session expired), until the agent signs in again.
 */
function lapsingSession(world: SignInWorld): { firstMinted: Promise<number>; signInWorks(): void } {
  const expired = { status: "USER_INTERACTION_REQUIRED", code: "invalid_grant", description: "AADSTS700082: expired" };
  let signInWorks = false;
  const firstMinted = expiringFirstApiToken(world);
  const grantFirst = world.issuer.broker.decide;

  let granted = 0;
  world.issuer.broker.decide = (request) => {
    if (request.audience !== "api" || signInWorks) return { grant: true };
    return granted++ === 0 ? grantFirst(request) : { error: expired };
  };
  return { firstMinted, signInWorks: () => void (signInWorks = true) };
}

async function waitUntilExpired(mintedAt: number): Promise<void> {
  // `exp` is in whole seconds and the backend allows no clock skew here: one more second is enough.
  const remaining = mintedAt + 4_500 - Date.now();
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
}
