import type { Frame } from "playwright-core";
import {
  closePage,
  openSignedInSimulator,
  samplesAsGraphMessages,
  startSignInWorld,
  type SignInWorld,
} from "./sign-in-support";
import { describeWithBrowser, type SimulatorPage } from "./support";

// Each test tickets its own email: the backend answers a second ticket for the same email with the first one.
const TAGGED = "urgent-outage";
const NOT_TAGGED = "billing-failure";

/**
 * The pane's Crear ticket on the selected sample; resolves to the ticket number. The CRM is per tenant and the
 * issuer's tenant starts empty, so the sender is added from the prefilled form first.
 */
async function createTicketInPane(simulator: SimulatorPage): Promise<{ pane: Frame; number: string }> {
  const pane = await simulator.paneFrame();
  await pane.getByRole("button", { name: "Añadir cliente y continuar" }).click();
  await pane.getByRole("heading", { name: "Problema" }).waitFor();
  await pane.getByRole("button", { name: "Siguiente" }).click();
  await pane.getByRole("button", { name: "Crear ticket" }).click();

  const heading = await pane.getByRole("heading", { name: /Ticket TMP-\d{6} creado/ }).textContent();
  return { pane, number: /TMP-\d{6}/.exec(heading ?? "")?.[0] ?? "" };
}

describeWithBrowser("Tagging the email when Outlook refuses a category outside the master list", () => {
  let world: SignInWorld;

  beforeAll(async () => {
    world = await startSignInWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  beforeEach(() => world.graph.reset(samplesAsGraphMessages()));

  it("tags the email through Graph, keeping its other categories, and says it is tagged", async () => {
    world.graph.editCategories(`sample-${TAGGED}`, ["Facturación"]);
    const simulator = await openSignedInSimulator(world, { sample: TAGGED, masterCategoriesDenied: true });

    const { pane, number } = await createTicketInPane(simulator);

    await pane.getByText(`El correo está marcado con la categoría ${number}.`).waitFor();
    expect(await simulator.categories()).toEqual([]);
    expect(world.graph.messages.find((m) => m.id === `sample-${TAGGED}`)?.categories).toEqual(["Facturación", number]);
    expect(world.graph.requests.map((r) => r.method)).toEqual(["POST", "GET", "PATCH"]);
    await closePage(simulator.page);
  });

  it("tells the agent the email is not tagged only when Graph fails too", async () => {
    world.graph.failAlways({ status: 403, code: "ErrorAccessDenied" });
    const simulator = await openSignedInSimulator(world, { sample: NOT_TAGGED, masterCategoriesDenied: true });

    const { pane } = await createTicketInPane(simulator);

    await pane.getByText("No se pudo añadir la categoría al correo; el ticket está creado igualmente.").waitFor();
    expect(await simulator.categories()).toEqual([]);
    await closePage(simulator.page);
  });
});
