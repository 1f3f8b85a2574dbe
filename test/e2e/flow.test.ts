import type { Page } from "playwright-core";
import { describeWithBrowser, openSimulator, useSimulatorSuite } from "./support";
import { addSampleCustomers, flowState, openPaneOn } from "./flow-support";

describeWithBrowser("Ticket flow in the simulator", () => {
  const suite = useSimulatorSuite({
    setUp: (server) => addSampleCustomers(server, "javier", "raul", "rocio", "pilar", "rosa"),
  });

  it("creates a ticket for an existing customer, tags the email and opens the reply", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "urgent-outage" });
    const pane = await openPaneOn(simulator);

    await pane.getByText("Coincidencia exacta por dirección: preseleccionado.", { exact: false }).waitFor();
    await pane.getByRole("tab", { name: "Evaluación" }).click();
    await pane.getByRole("button", { name: "Crear ticket" }).click();
    await pane.getByRole("heading", { name: /Ticket TMP-\d{6} creado/ }).waitFor();
    await pane.getByRole("button", { name: "Responder" }).click();
    await simulator.composeDialog().waitFor();

    const compose = await simulator.lastCompose();
    expect(JSON.stringify(compose)).toMatch(/TMP-\d{6}/);
    expect(await simulator.categories()).toEqual([expect.stringMatching(/^TMP-\d{6}$/)]);
  });

  it("adds a new customer from the prefilled form (public mail provider: no company)", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "routine-question" });
    const pane = await openPaneOn(simulator);

    await expect(pane.getByRole("textbox", { name: /Nombre/ }).inputValue()).resolves.toBe("Carmen Ortega Pérez");
    await expect(pane.getByRole("textbox", { name: /Empresa/ }).inputValue()).resolves.toBe("");
    await pane.getByRole("button", { name: "Añadir cliente y continuar" }).click();
    await pane.getByRole("heading", { name: "Problema" }).waitFor();
    await pane.getByRole("button", { name: "Siguiente" }).click();
    await pane.getByRole("button", { name: "Crear ticket" }).click();

    await pane.getByRole("heading", { name: /Ticket TMP-\d{6} creado/ }).waitFor();
  });

  it("asks the agent to choose between two candidates of the same company", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "data-loss" });
    const pane = await openPaneOn(simulator);

    await pane.getByText("Hay más de un posible cliente: elige el correcto.").waitFor();
    expect(await pane.getByRole("button", { name: "Siguiente" }).isDisabled()).toBe(true);
    await pane.getByRole("radio", { name: /Rocío Jiménez/ }).check();

    expect(await pane.getByRole("button", { name: "Siguiente" }).isEnabled()).toBe(true);
  });

  it("proposes the original sender of a forwarded email", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "forwarded" });
    const pane = await openPaneOn(simulator);

    await pane.getByText(/Correo reenviado: se propone al remitente original/).waitFor();
    expect(await pane.getByRole("textbox", { name: /Correo electrónico/ }).inputValue()).not.toContain(
      "ticketmasterpro.example",
    );
  });

  it("offers to add a reply to its existing ticket", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "ticket-reply" });
    const pane = await openPaneOn(simulator);

    await pane.getByRole("button", { name: "Añadir al ticket TMP-000001" }).click();

    await pane.getByRole("heading", { name: "Correo añadido al ticket TMP-000001" }).waitFor();
    expect(await simulator.categories()).toEqual(["TMP-000001"]);
  });

  it("flags an auto-reply and creates a ticket only on request", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "auto-reply" });
    const pane = await openPaneOn(simulator);

    expect(await flowState(pane)).toBe("automatic");
    await pane.getByRole("button", { name: "Crear de todos modos" }).click();

    await pane.getByRole("heading", { name: "Cliente" }).waitFor();
  });

  it("shows the existing ticket the second time the same email is opened", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "billing-failure" });
    let pane = await openPaneOn(simulator);
    if ((await flowState(pane)) === "editing") {
      await pane.getByRole("textbox", { name: /Nombre/ }).waitFor();
      await pane.getByRole("button", { name: "Añadir cliente y continuar" }).click();
      await pane.getByRole("tab", { name: "Evaluación" }).click();
      await pane.getByRole("button", { name: "Crear ticket" }).click();
      await pane.getByRole("heading", { name: /creado/ }).waitFor();
    }

    await simulator.selectMessage("urgent-outage");
    await simulator.selectMessage("billing-failure");
    pane = await simulator.paneFrame();

    await pane.getByRole("heading", { name: /Este correo ya tiene el ticket TMP-\d{6}/ }).waitFor();
  });

  it("blocks while the backend is unreachable and carries on by itself when it is back", async () => {
    await suite.page.context().route("**/api/**", (route) => route.abort("connectionrefused"));
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "urgent-outage" });
    await simulator.openPane();
    const pane = await simulator.paneFrame();
    await pane.getByRole("heading", { name: "No se puede conectar con TicketMasterPro" }).waitFor({ timeout: 20_000 });

    await suite.page.context().unroute("**/api/**");

    await pane.getByRole("tablist", { name: "Secciones del panel" }).waitFor({ timeout: 20_000 });
    expect(await flowState(pane)).not.toBeNull();
  });

  it("speaks English when Outlook is in English", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "english", lang: "en-US" });
    const pane = await openPaneOn(simulator);

    await pane.getByRole("heading", { name: "Customer" }).waitFor();
    await pane.getByRole("tab", { name: "Follow-up" }).waitFor();
  });

  it("can be worked with the keyboard alone", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "shared-mailbox" });
    const pane = await openPaneOn(simulator);
    await pane.getByRole("button", { name: "Siguiente" }).waitFor();

    await pane.getByRole("button", { name: "Siguiente" }).focus();
    await suite.page.keyboard.press("Enter");
    await pane.getByRole("heading", { name: "Problema" }).waitFor();
    await pressTabUntilFocused(suite.page, pane, "Siguiente");
    await suite.page.keyboard.press("Enter");
    await pane.getByRole("heading", { name: "Evaluación" }).waitFor();
    await pressTabUntilFocused(suite.page, pane, "Crear ticket");
    await suite.page.keyboard.press("Enter");

    await pane.getByRole("heading", { name: /TMP-\d{6}/ }).waitFor();
  });
});

async function pressTabUntilFocused(page: Page, pane: import("playwright-core").Frame, name: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    const focused = await pane.evaluate(() => document.activeElement?.textContent ?? "");
    if (focused.trim() === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`"${name}" was never reached with Tab`);
}
