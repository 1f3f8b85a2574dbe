import { createOfficeMailbox } from "../../../src/mailbox";
import { createFakeOffice } from "../../../src/simulator/fake-office/fake-office";
import { readHostConfig } from "../../../src/simulator/host/host-config";
import { createSimulatorHost } from "../../../src/simulator/host/simulator-host";
import { loadSamples } from "../../../src/simulator/samples";

/** The simulator's fake Outlook with its sample inbox, configured by a query string such as "sets=1.3". */
export function fakeOutlook(query = "", selected: string | null = "urgent-outage") {
  const host = createSimulatorHost(readHostConfig(new URLSearchParams(query)), loadSamples(), undefined);
  host.select(selected ? `sample-${selected}` : null);
  const office = createFakeOffice(host, new EventTarget() as unknown as Window) as unknown as typeof Office;

  return { host, office, mailbox: createOfficeMailbox({ office }) };
}
