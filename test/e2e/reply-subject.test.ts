import { describeWithBrowser, openSimulator, useSimulatorSuite } from "./support";
import { addSampleCustomers, openPaneOn } from "./flow-support";

describeWithBrowser("Reply subject with the ticket number (OnNewMessageCompose)", () => {
  const suite = useSimulatorSuite({ setUp: (server) => addSampleCustomers(server, "javier", "carmen") });

  it("puts [TMP-…] in the reply's subject once, and leaves the agent's next reply alone", async () => {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample: "urgent-outage" });
    const original = (await suite.page.evaluate(() => window.simulatorHost?.selected()?.subject)) ?? "";
    const pane = await openPaneOn(simulator);

    await pane.getByRole("tab", { name: "Evaluación" }).click();
    await pane.getByRole("button", { name: "Crear ticket" }).click();
    const heading = await pane.getByRole("heading", { name: /Ticket TMP-\d{6} creado/ }).textContent();
    const ticket = /TMP-\d{6}/.exec(heading ?? "")?.[0];
    await pane.getByRole("button", { name: "Responder" }).click();
    await simulator.launchEventsCompleted(1);

    expect((await simulator.lastCompose())?.subject).toBe(`RE: ${original} [${ticket}]`);
    await expect(simulator.composeDialog().getByTestId("compose-subject").textContent()).resolves.toContain(
      `[${ticket}]`,
    );

    await simulator.replyByHand();
    await simulator.launchEventsCompleted(2);

    expect((await simulator.lastCompose())?.subject).toBe(`RE: ${original}`);
  });

  it("leaves the subject as Outlook writes it where the host has no launch events (Mailbox 1.9)", async () => {
    const simulator = await openSimulator(suite.page, {
      baseUrl: suite.server.url,
      sample: "routine-question",
      sets: "1.9",
    });

    await simulator.createTicketFromRibbon();
    await simulator.composeDialog().waitFor();

    expect((await simulator.lastCompose())?.subject).not.toMatch(/TMP-\d{6}/);
  });
});
