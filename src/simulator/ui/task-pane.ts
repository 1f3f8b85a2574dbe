import { el } from "./dom";
import { TEXT } from "./strings";

export interface TaskPanePanel {
  open(): void;
  close(): void;
}

/** The side panel with the real task pane, in a frame whose page installs the fake Office first. */
export function mountTaskPane(panel: HTMLElement): TaskPanePanel {
  const closeButton = el("button", { type: "button", class: "secondary" }, TEXT.closePane);
  const header = el("div", { class: "pane-header" }, el("h2", {}, TEXT.paneTitle), closeButton);

  const pane: TaskPanePanel = {
    open() {
      if (!panel.hidden) return;
      panel.hidden = false;
      panel.replaceChildren(
        header,
        el("iframe", { src: "simulator-taskpane.html", title: TEXT.paneTitle, class: "pane-frame" }),
      );
    },
    close() {
      panel.hidden = true;
      panel.replaceChildren();
    },
  };

  closeButton.addEventListener("click", () => pane.close());
  return pane;
}
