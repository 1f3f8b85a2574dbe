import type { SimulatorHost } from "../host/simulator-host";
import { el } from "./dom";
import { runCommand } from "./run-command";
import { TEXT } from "./strings";
import type { TaskPanePanel } from "./task-pane";

/**
 * The add-in's two buttons on the message surface. The toolbar's `data-command-state` (running, completed,
 * missing, timeout) lets browser tests wait for the one-click command to finish.
 */
export function mountRibbon(host: SimulatorHost, toolbar: HTMLElement, pane: TaskPanePanel): void {
  const createTicket = el("button", { type: "button" }, TEXT.createTicket);
  const openPane = el("button", { type: "button" }, TEXT.openPane);
  toolbar.replaceChildren(createTicket, openPane);

  const refresh = (): void => {
    const noItem = host.selected() === null;
    createTicket.disabled = noItem || toolbar.dataset.commandState === "running";
    openPane.disabled = noItem;
  };

  createTicket.addEventListener("click", () => {
    const item = host.selected();
    if (!item) return;

    toolbar.dataset.commandState = "running";
    host.setNotification(item.id, { key: "simulator.working", type: "progressIndicator", message: TEXT.working });
    refresh();

    void runCommand(host, "createTicket").then((outcome) => {
      host.removeNotification(item.id, "simulator.working");
      if (outcome === "missing")
        host.setNotification(item.id, { key: "simulator", type: "errorMessage", message: TEXT.commandMissing });
      if (outcome === "timeout")
        host.setNotification(item.id, { key: "simulator", type: "errorMessage", message: TEXT.commandTimeout });
      toolbar.dataset.commandState = outcome;
      refresh();
    });
  });
  openPane.addEventListener("click", () => pane.open());

  host.on("selection", refresh);
  refresh();
}
