/**
 * TEST-ONLY. The simulator page: an Outlook-like inbox around the real task pane, for trying the add-in without
 * Outlook and for browser tests. It owns the fake host that the pane and command frames reach as
 * `parent.simulatorHost`.
 */
import { readHostConfig } from "./host/host-config";
import { createSimulatorHost, type SimulatorHost } from "./host/simulator-host";
import { loadSamples } from "./samples";
import { mountComposeDialog } from "./ui/compose-dialog";
import { mountEmlImport } from "./ui/eml-import";
import { mountInfoBar } from "./ui/info-bar";
import { mountLaunchEvents } from "./ui/launch-events";
import { clearSelectionButton, mountMessageList } from "./ui/message-list";
import { mountReadingPane } from "./ui/reading-pane";
import { mountRibbon } from "./ui/ribbon";
import { mountTaskPane } from "./ui/task-pane";

declare global {
  interface Window {
    simulatorHost?: SimulatorHost;
  }
}

const required = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`simulator.html lacks ${selector}`);
  return element;
};

const config = readHostConfig(new URLSearchParams(window.location.search));
const host = createSimulatorHost(config, loadSamples(), window.localStorage);
window.simulatorHost = host;

document.documentElement.dataset.theme = config.theme;
required("#host-settings").textContent =
  `Idioma ${config.displayLanguage} · Mailbox ${config.sets.mailbox ?? "—"}` +
  (config.sets.nestedappauth ? ` · NestedAppAuth ${config.sets.nestedappauth}` : "");

const pane = mountTaskPane(required("#task-pane"));
mountMessageList(host, required("#message-list"));
required("#list-tools").append(clearSelectionButton(host));
mountEmlImport(host, required("#eml-import"), required("#import-status"));
mountReadingPane(host, required("#reading-pane"));
mountInfoBar(host, required("#info-bar"));
mountComposeDialog(host, required("#compose"));
mountLaunchEvents(host, document.body);
mountRibbon(host, required("#ribbon"), pane);

if (config.initialSample) host.select(`sample-${config.initialSample}`);
if (config.paneOpen) pane.open();
document.body.dataset.ready = "true";
