/**
 * TEST-ONLY. Loaded by the simulator's pane and command host pages before the real add-in bundle, in place of
 * Microsoft's office.js. Production taskpane.html and commands.html never load it.
 */
import { askIssuer } from "./auth/issuer-broker";
import { installNestedAppAuthBridge } from "./auth/nested-app-auth-bridge";
import { createFakeOffice } from "./fake-office/fake-office";
import { readHostConfig } from "./host/host-config";
import { createSimulatorHost, type SimulatorHost } from "./host/simulator-host";
import { loadSamples } from "./samples";

function hostOfParent(): SimulatorHost | null {
  try {
    const parent = window.parent as Window & { simulatorHost?: SimulatorHost };
    return parent !== window ? (parent.simulatorHost ?? null) : null;
  } catch {
    // A parent from another origin is not the simulator.
    return null;
  }
}

/** Opened on its own (benchmarks, direct links), the pane gets a host of its own with the sample inbox. */
function standaloneHost(): SimulatorHost {
  const config = readHostConfig(new URLSearchParams(window.location.search));
  const samples = loadSamples();
  const host = createSimulatorHost(config, samples, window.localStorage);
  host.select(config.initialSample ? `sample-${config.initialSample}` : (samples[0]?.id ?? null));
  return host;
}

const host = hostOfParent() ?? standaloneHost();
// The launch-event page marks itself: there Office.context.mailbox.item is the message being composed.
const runtime = document.documentElement.dataset.runtime === "launch-event" ? "launch-event" : "pane";
(window as unknown as Record<string, unknown>).Office = createFakeOffice(host, window, runtime);

// Outlook's sign-in played by a local token issuer: the bridge MSAL talks to, and the app registration it plays.
const signIn = host.config.signIn;
if (signIn) {
  installNestedAppAuthBridge(window, askIssuer(signIn.issuerUrl));
  window.tmpSimulatedSignIn = { clientId: signIn.clientId, tenantId: signIn.tenantId, apiScope: signIn.apiScope };
}
