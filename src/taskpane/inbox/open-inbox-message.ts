import type { InboxMessage } from "../../services/graph/graph-types";
import type { MailboxPort } from "../../workflow/ports";

/**
 * Opens the email in Outlook's own message form through the mailbox adapter. Hosts whose adapter cannot yet do
 * that get Outlook on the web's link in a new window rather than nothing.
 */
export async function openInboxMessage(mailbox: MailboxPort, message: InboxMessage): Promise<void> {
  if (mailbox.openMessage) return mailbox.openMessage(message.id);

  if (!message.webLink || typeof window === "undefined") throw new Error("No way to open the message");
  const opened = window.open(message.webLink, "_blank", "noopener");
  // With "noopener" some browsers return null even on success, so only a thrown error counts as failure.
  void opened;
}
