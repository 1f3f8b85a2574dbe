import { describeWithBrowser, openSimulator, useSimulatorSuite } from "./support";
import type { SampleId } from "../../src/simulator/samples";
import { addSampleCustomers } from "./flow-support";

describeWithBrowser("One-click Crear ticket from the ribbon", () => {
  const suite = useSimulatorSuite({
    setUp: (server) => addSampleCustomers(server, "javier", "raul", "rocio", "pilar"),
  });

  async function clickCreateTicket(sample: SampleId) {
    const simulator = await openSimulator(suite.page, { baseUrl: suite.server.url, sample });
    await simulator.createTicketFromRibbon();
    const notices = await simulator.notifications();
    return { simulator, last: notices.at(-1)?.message ?? "" };
  }

  it("creates the ticket, opens the reply and names the number", async () => {
    const { simulator, last } = await clickCreateTicket("urgent-outage");

    expect(last).toMatch(/^Ticket TMP-\d{6} creado\./);
    await simulator.composeDialog().waitFor();
    expect(await simulator.categories()).toEqual([expect.stringMatching(/^TMP-\d{6}$/)]);
  });

  it("does not create a second ticket for the same email", async () => {
    const { last } = await clickCreateTicket("urgent-outage");

    expect(last).toMatch(/ya tiene el ticket TMP-\d{6}/);
  });

  it("creates a new customer from the sender when the CRM has none", async () => {
    const { last } = await clickCreateTicket("html-only");

    expect(last).toMatch(/^Ticket TMP-\d{6} creado\./);
  });

  it.each<[SampleId, RegExp]>([
    ["data-loss", /varios clientes posibles/],
    ["auto-reply", /correo automático/],
    ["ticket-reply", /se refiere a TMP-000001/],
  ])("creates nothing for %s and says why", async (sample, expected) => {
    const before = await suite.server.app.inject({
      method: "GET",
      url: "/api/tickets?limit=100",
      headers: { authorization: `Bearer ${suite.server.token()}` },
    });

    const { last } = await clickCreateTicket(sample);

    const after = await suite.server.app.inject({
      method: "GET",
      url: "/api/tickets?limit=100",
      headers: { authorization: `Bearer ${suite.server.token()}` },
    });
    expect(last).toMatch(expected);
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(before.json<{ items: unknown[] }>().items.length);
  });

  it("says the backend does not answer when it is down", async () => {
    await suite.page.context().route("**/api/**", (route) => route.abort("connectionrefused"));

    const { last } = await clickCreateTicket("billing-failure");

    expect(last).toMatch(/TicketMasterPro no responde/);
  });
});
