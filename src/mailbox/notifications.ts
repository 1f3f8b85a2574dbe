import type { Notice } from "../workflow/ports";
import type { OfficeNamespace } from "./capabilities";
import { officeCall } from "./office-call";

/** One key for all of the add-in's notifications, so each new one replaces the last instead of piling up. */
export const NOTIFICATION_KEY = "ticketmasterpro";

/** Outlook truncates notification text at 150 characters; cutting it ourselves keeps the ellipsis honest. */
const MAX_MESSAGE = 150;

/** A 16 px icon resource id from manifest.xml; Outlook requires one for informational messages. */
export const NOTIFICATION_ICON = "CreateTicket.Icon16";

export function showNotification(office: OfficeNamespace, item: Office.MessageRead, notice: Notice): Promise<void> {
  const message = notice.message.length > MAX_MESSAGE ? `${notice.message.slice(0, MAX_MESSAGE - 1)}…` : notice.message;
  const types = office.MailboxEnums.ItemNotificationMessageType;

  const details: Office.NotificationMessageDetails =
    notice.kind === "info"
      ? { type: types.InformationalMessage, message, icon: NOTIFICATION_ICON, persistent: false }
      : { type: notice.kind === "error" ? types.ErrorMessage : types.ProgressIndicator, message };

  return officeCall<void>("notificationMessages.replaceAsync", (callback) =>
    item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, callback),
  );
}
