import { supportsSet } from "../host/requirement-sets";
import type { SimulatorHost } from "../host/simulator-host";
import { runCommand } from "./run-command";

/** The handler name the manifest's LaunchEvent gives OnNewMessageCompose. */
export const NEW_MESSAGE_COMPOSE = "onNewMessageCompose";

/**
 * Outlook's event-based activation, played by the simulator: each new compose form (reply included) starts the
 * add-in's launch-event runtime in a hidden frame and calls its OnNewMessageCompose handler, on hosts that claim
 * Mailbox 1.10. The page's `data-launch-events` counts the runs that completed, for tests to wait on.
 */
export function mountLaunchEvents(host: SimulatorHost, root: HTMLElement): void {
  if (!supportsSet(host.config.sets, "mailbox", "1.10")) return;
  let completed = 0;

  host.on("new-compose", () => {
    const event = { type: "newMessageComposeCreated" };
    void runCommand(host, NEW_MESSAGE_COMPOSE, "simulator-launchevent.html", event).then((outcome) => {
      if (outcome === "completed") root.dataset.launchEvents = String((completed += 1));
    });
  });
}
