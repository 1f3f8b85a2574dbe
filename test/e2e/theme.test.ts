import type { Frame } from "playwright-core";
import { describeWithBrowser, expectNoSeriousA11yViolations, openSimulator, useSimulatorSuite } from "./support";
import { addSampleCustomers, openPaneOn } from "./flow-support";

/** The pane's background as painted: Fluent's neutral background of the theme in force. */
async function paneBackground(pane: Frame): Promise<string> {
  return pane.locator("[data-theme]").evaluate((root) => getComputedStyle(root).backgroundColor);
}

describeWithBrowser("The pane follows Outlook's theme", () => {
  const suite = useSimulatorSuite({ setUp: (server) => addSampleCustomers(server, "javier") });

  it("turns dark and back when the agent switches Outlook's theme with the pane open", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "urgent-outage" });
    const pane = await openPaneOn(simulator);
    await pane.locator("[data-theme='light']").waitFor();
    const light = await paneBackground(pane);

    await suite.page.evaluate(() => window.simulatorHost?.setTheme("dark"));
    await pane.locator("[data-theme='dark']").waitFor();
    const dark = await paneBackground(pane);
    await expectNoSeriousA11yViolations(pane);
    await suite.page.evaluate(() => window.simulatorHost?.setTheme("light"));

    await pane.locator("[data-theme='light']").waitFor();
    expect(dark).not.toBe(light);
    expect(await paneBackground(pane)).toBe(light);
  });

  it("keeps the theme it opened with where Outlook cannot report changes (Mailbox 1.13)", async () => {
    const simulator = await openSimulator(suite.page, {
      baseUrl: suite.server.url,
      sample: "urgent-outage",
      sets: "1.13",
    });
    const pane = await openPaneOn(simulator);

    await suite.page.evaluate(() => window.simulatorHost?.setTheme("dark"));
    await pane.getByRole("heading", { name: "Cliente" }).waitFor();

    expect(await pane.locator("[data-theme]").getAttribute("data-theme")).toBe("light");
  });
});
