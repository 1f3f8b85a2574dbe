import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  describeWithBrowser,
  expectNoSeriousA11yViolations,
  launchBrowser,
  openSimulator,
  startTestServer,
  type TestBrowser,
  type TestServer,
} from "./support";

const emlDir = path.resolve(process.env.SHARED_DATA_DIR ?? path.join(__dirname, "../../../shared/data"), "eml");
const readReceiptEml = path.join(emlDir, "08-auto-bounce-receipt/zbateson-read-receipt.eml");

/** Uncaught errors in the page or any of its frames (the pane, the function file). */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

describeWithBrowser("Outlook simulator", () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows a sample email in the reading pane and its sender in the task pane", async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);

    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "urgent-outage", pane: true });

    await expect(page.getByTestId("reading-from").textContent()).resolves.toContain("Javier Morales Soto");
    await simulator.waitForPaneText("Javier Morales Soto");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets the open pane follow the selection to another message (ItemChanged)", async () => {
    const page = await browser.newPage();
    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "urgent-outage", pane: true });
    await simulator.waitForPaneText("Javier Morales Soto");

    await simulator.selectMessage("english");

    await simulator.waitForPaneText("Oliver Bennett");
    await page.context().close();
  });

  it("adds an .eml file the user picks to the inbox and selects it", async () => {
    if (!existsSync(readReceiptEml)) {
      console.log(`simulator e2e: ${readReceiptEml} not found; .eml test skipped`);
      return;
    }
    const page = await browser.newPage();
    const simulator = await openSimulator(page, { baseUrl: server.url });

    await simulator.openEml(readReceiptEml);

    await expect(page.getByRole("heading", { level: 2, name: "Read: invitation" }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("reading-from").textContent()).resolves.toContain("sender@email.test");
    await page.context().close();
  });

  it("keeps the pane working when Outlook only offers Mailbox 1.3", async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);

    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "routine-question", sets: "1.3" });
    await simulator.openPane();

    await simulator.waitForPaneText("Carmen Ortega Pérez");
    await expect(page.locator("#host-settings").textContent()).resolves.toContain("Mailbox 1.3");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a reply the add-in opens as a compose window named Responder", async () => {
    const page = await browser.newPage();
    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "data-loss", pane: true });
    const pane = page.frames().find((frame) => frame.url().includes("simulator-taskpane.html"));

    await pane?.evaluate(() =>
      Office.context.mailbox.item?.displayReplyFormAsync({ htmlBody: "<p>Ticket <b>TMP-000042</b></p>" }),
    );

    const dialog = simulator.composeDialog("Responder");
    await dialog.waitFor();
    await expect(dialog.getByTestId("compose-subject").textContent()).resolves.toMatch(/^RE: Hemos perdido/);
    await expect(simulator.lastCompose()).resolves.toMatchObject({ html: "<p>Ticket <b>TMP-000042</b></p>" });
    await expect(dialog.locator("iframe").getAttribute("sandbox")).resolves.toBe("");
    await page.context().close();
  });

  it("shows HTML email only inside a sandboxed frame that blocks scripts", async () => {
    const page = await browser.newPage();

    await openSimulator(page, { baseUrl: server.url, sample: "html-only" });

    const body = page.getByTitle("Contenido del mensaje");
    await expect(body.getAttribute("sandbox")).resolves.toBe("");
    await expect(page.locator("#reading-pane script").count()).resolves.toBe(0);
    await page.context().close();
  });

  it("runs the ribbon's Crear ticket through the function file until it completes", async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "urgent-outage" });

    const outcome = await simulator.createTicketFromRibbon();

    expect(outcome).toBe("completed");
    expect((await simulator.notifications()).map((notice) => notice.key)).toContain("ticketmasterpro");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has no serious accessibility violations with the pane open, light and dark", async () => {
    for (const theme of ["light", "dark"] as const) {
      const page = await browser.newPage();
      const simulator = await openSimulator(page, {
        baseUrl: server.url,
        sample: "billing-failure",
        pane: true,
        theme,
      });
      await simulator.waitForPaneText("Ana Belén Castillo");

      await expectNoSeriousA11yViolations(page);
      await page.context().close();
    }
  });
});
