import type { SimulatorHost } from "../host/simulator-host";
import { el, formatTime } from "./dom";
import { TEXT } from "./strings";

/** The inbox: one button per message, the selected one marked with aria-current. */
export function mountMessageList(host: SimulatorHost, list: HTMLUListElement): void {
  const render = (): void => {
    const selected = host.selected()?.id;

    list.replaceChildren(
      ...host.messages().map((message) =>
        el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              class: "message",
              "data-message-id": message.id,
              "aria-current": message.id === selected ? "true" : undefined,
            },
            el("span", { class: "message-from" }, message.from.name || message.from.email),
            el("span", { class: "message-subject" }, message.subject || "(sin asunto)"),
            el("span", { class: "message-time" }, formatTime(message.receivedAt)),
          ),
        ),
      ),
    );
  };

  list.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-message-id]");
    if (button?.dataset.messageId) host.select(button.dataset.messageId);
  });

  host.on("messages", render);
  host.on("selection", render);
  render();
}

export function clearSelectionButton(host: SimulatorHost): HTMLButtonElement {
  const button = el("button", { type: "button", class: "secondary" }, TEXT.clearSelection);
  button.addEventListener("click", () => host.select(null));
  return button;
}
