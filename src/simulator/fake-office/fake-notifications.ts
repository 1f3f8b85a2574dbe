import type { SimulatorHost } from "../host/simulator-host";
import { HostFailure, respond } from "./async-result";

interface Details {
  type?: string;
  message?: string;
  icon?: string;
  persistent?: boolean;
}

/** item.notificationMessages, enforcing the rules Outlook enforces (150 characters, icon for information). */
export function createFakeNotifications(host: SimulatorHost, itemId: string): Record<string, unknown> {
  const put = (operation: string, key: string, details: Details, args: unknown[]): void =>
    respond(host, operation, args, () => {
      validate(details);
      host.setNotification(itemId, { key, type: details.type ?? "", message: details.message ?? "" });
    });

  return {
    addAsync: (key: string, details: Details, ...args: unknown[]) =>
      put("notificationMessages.addAsync", key, details, args),
    replaceAsync: (key: string, details: Details, ...args: unknown[]) =>
      put("notificationMessages.replaceAsync", key, details, args),
    removeAsync: (key: string, ...args: unknown[]) =>
      respond(host, "notificationMessages.removeAsync", args, () => host.removeNotification(itemId, key)),
    getAllAsync: (...args: unknown[]) =>
      respond(host, "notificationMessages.getAllAsync", args, () => host.notificationsOf(itemId)),
  };
}

function validate(details: Details): void {
  const invalid = (message: string): HostFailure => new HostFailure({ code: 9020, name: "InvalidParameter", message });

  if (!details.message || details.message.length > 150) throw invalid("message must have 1 to 150 characters");
  if (details.type === "informationalMessage" && (!details.icon || details.persistent === undefined)) {
    throw invalid("informational messages need icon and persistent");
  }
  if (details.type !== "informationalMessage" && (details.icon || details.persistent !== undefined)) {
    throw invalid("only informational messages take icon and persistent");
  }
}
