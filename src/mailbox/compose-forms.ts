import type { Person } from "../core/contracts";
import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";
import { MailboxError } from "./mailbox-error";
import { officeCall } from "./office-call";

/** Outlook refuses an htmlBody above 32 KB in reply and new-message forms. */
export const MAX_FORM_HTML = 32 * 1024;

/**
 * Opens Outlook's reply form. Office.js gives reply forms no subject parameter: Outlook keeps "RE: <subject>",
 * and the thread (conversation) plus the ticket number in the body tie the customer's answer to the ticket.
 */
export async function openReplyForm(
  item: Office.MessageRead,
  html: string,
  capabilities: DetectedCapabilities,
): Promise<void> {
  guardSize("displayReplyForm", html);

  if (capabilities.replyFormAsync && typeof item.displayReplyFormAsync === "function") {
    await officeCall<void>("displayReplyFormAsync", (callback) =>
      item.displayReplyFormAsync({ htmlBody: html }, callback),
    );
    return;
  }

  try {
    item.displayReplyForm({ htmlBody: html });
  } catch (thrown) {
    throw MailboxError.fromThrown("displayReplyForm", thrown);
  }
}

export function openNewMessageForm(
  office: OfficeNamespace,
  message: { to: Person[]; subject: string; html: string },
  capabilities: DetectedCapabilities,
): Promise<void> {
  if (!capabilities.newMessageForm) return Promise.reject(new MailboxError("unsupported", "displayNewMessageForm"));
  guardSize("displayNewMessageForm", message.html);

  try {
    office.context.mailbox.displayNewMessageForm({
      // Outlook reads only the name and address; recipientType is filled in by the form itself.
      toRecipients: message.to.map(
        (person) => ({ displayName: person.name, emailAddress: person.email }) as Office.EmailAddressDetails,
      ),
      subject: message.subject,
      htmlBody: message.html,
    });
    return Promise.resolve();
  } catch (thrown) {
    return Promise.reject(MailboxError.fromThrown("displayNewMessageForm", thrown));
  }
}

/**
 * Opens a message in Outlook's own form. The Bandeja lists Graph (REST) immutable ids; displayMessageForm takes an
 * EWS id, so the id is converted first (both Mailbox 1.3).
 */
export function openMessageForm(office: OfficeNamespace, restItemId: string): Promise<void> {
  try {
    const mailbox = office.context.mailbox;
    // The enum is "v2.0"; the literal keeps this working with the namespace a test or the simulator passes in.
    const restVersion = "v2.0" as Office.MailboxEnums.RestVersion;
    mailbox.displayMessageForm(mailbox.convertToEwsId(restItemId, restVersion));
    return Promise.resolve();
  } catch (thrown) {
    return Promise.reject(MailboxError.fromThrown("displayMessageForm", thrown));
  }
}

function guardSize(operation: string, html: string): void {
  const size = new TextEncoder().encode(html).length;
  if (size > MAX_FORM_HTML) throw new MailboxError("too-large", operation, undefined, `${size} bytes`);
}
