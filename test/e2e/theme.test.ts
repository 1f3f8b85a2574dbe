import type { Frame, Page } from "playwright-core";
import {
  describeWithBrowser,
  expectNoSeriousA11yViolations,
  launchBrowser,
  openSimulator,
  startTestServer,
  type TestBrowser,
  type TestServer,
} from "./support";
import { addCustomer, openPaneOn } from "./flow-support";

/** The pane's background as painted: Fluent's neutral background of the theme in force. */
async function paneBackground(pane: Frame): Promise<string> {
  return pane.locator("[data-theme]").evaluate((root) => getComputedStyle(root).backgroundColor);
}

describeWithBrowser("The pane follows Outlook's theme", () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await addCustomer(server, { name: "Javier Morales Soto", email: "javier.morales@distribuciones-levante.example" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page.context().close();
  });

  it("turns dark and back when the agent switches Outlook's theme with the pane open", async () => {
    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "urgent-outage" });
    const pane = await openPaneOn(simulator);
    await pane.locator("[data-theme='light']").waitFor();
    const light = await paneBackground(pane);

    await page.evaluate(() => window.simulatorHost?.setTheme("dark"));
    await pane.locator("[data-theme='dark']").waitFor();
    const dark = await paneBackground(pane);
    await expectNoSeriousA11yViolations(pane);
    await page.evaluate(() => window.simulatorHost?.setTheme("light"));

    await pane.locator("[data-theme='light']").waitFor();
    expect(dark).not.toBe(light);
    expect(await paneBackground(pane)).toBe(light);
  });

  it("keeps the theme it opened with where Outlook cannot report changes (Mailbox 1.13)", async () => {
    const simulator = await openSimulator(page, { baseUrl: server.url, sample: "urgent-outage", sets: "1.13" });
    const pane = await openPaneOn(simulator);

    await page.evaluate(() => window.simulatorHost?.setTheme("dark"));
    await pane.getByRole("heading", { name: "Cliente" }).waitFor();

    expect(await pane.locator("[data-theme]").getAttribute("data-theme")).toBe("light");
  });
});
