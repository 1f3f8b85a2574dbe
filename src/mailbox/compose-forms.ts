import type { Person } from "../core/contracts";
import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";
import { MailboxError } from "./mailbox-error";
import { officeCall } from "./office-call";
import type { PendingReplies } from "./pending-replies";
import { pendingRepliesHere } from "./tag-reply-subject";

/** Outlook refuses an htmlBody above 32 KB in reply and new-message forms. */
export const MAX_FORM_HTML = 32 * 1024;

/**
 * Opens Outlook's reply form. Office.js gives reply forms no subject parameter: Outlook writes "RE: <subject>".
 * Where the host can run the launch event, the reply is recorded first so that OnNewMessageCompose
 * (src/launchevent) adds the ticket tag to the subject; elsewhere the thread and the number in the body tie the
 * customer's answer to the ticket. Resolves to whether the subject will carry the tag.
 */
export async function openReplyForm(
  item: Office.MessageRead,
  reply: { html: string; ticketNumber?: string },
  capabilities: DetectedCapabilities,
  pending: PendingReplies | null = capabilities.replySubjectTag ? pendingRepliesHere() : null,
): Promise<boolean> {
  guardSize("displayReplyForm", reply.html);
  const tagged = Boolean(pending && reply.ticketNumber && item.conversationId);
  // Recorded before the form opens: the launch event may run before displayReplyFormAsync calls back.
  if (tagged) pending?.record(item.conversationId, reply.ticketNumber ?? "");

  if (capabilities.replyFormAsync && typeof item.displayReplyFormAsync === "function") {
    await officeCall<void>("displayReplyFormAsync", (callback) =>
      item.displayReplyFormAsync({ htmlBody: reply.html }, callback),
    );
    return tagged;
  }

  try {
    item.displayReplyForm({ htmlBody: reply.html });
    return tagged;
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
