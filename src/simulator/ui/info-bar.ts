import type { SimulatorHost } from "../host/simulator-host";
import { el } from "./dom";

/** Outlook's notification bar above the message: the add-in's notificationMessages for the selected item. */
export function mountInfoBar(host: SimulatorHost, bar: HTMLElement): void {
  const render = (): void => {
    const message = host.selected();
    const notifications = message ? host.notificationsOf(message.id) : [];

    bar.replaceChildren(
      ...notifications.map((notification) =>
        el("p", { class: `notice notice-${notification.type}`, "data-key": notification.key }, notification.message),
      ),
    );
  };

  host.on("notifications", render);
  host.on("selection", render);
  render();
}
