import type { MailboxPort } from "../workflow/ports";
import { addItemCategory } from "./categories";
import { detectCapabilities, type DetectedCapabilities, type OfficeNamespace } from "./capabilities";
import { openMessageForm, openNewMessageForm, openReplyForm } from "./compose-forms";
import { languageFromTag } from "./display-language";
import { readHostTheme } from "./host-theme";
import { followItemChanges } from "./item-changed";
import { MailboxError } from "./mailbox-error";
import { showNotification } from "./notifications";
import { currentMessage, readEmail } from "./read-email";
import { createRoamingDrafts } from "./roaming-drafts";

export interface OfficeMailboxOptions {
  /** The Office namespace; the global one unless a test or the simulator passes its own. */
  office?: OfficeNamespace;
}

/** The MailboxPort over Office.js. Call it after Office is ready (see `whenOfficeReady`). */
export function createOfficeMailbox(options: OfficeMailboxOptions = {}): MailboxPort {
  const office = options.office ?? Office;
  let detected: DetectedCapabilities | undefined;
  const capabilities = (): DetectedCapabilities => (detected ??= detectCapabilities(office));

  const requireItem = (operation: string): Office.MessageRead => {
    const item = currentMessage(office);
    if (!item) throw new MailboxError("no-item", operation);
    return item;
  };

  return {
    async readCurrentEmail() {
      const item = currentMessage(office);
      return item ? readEmail(office, item, capabilities()) : null;
    },
    onItemChanged: (listener) => followItemChanges(office, listener, capabilities()),
    async openReply(reply) {
      const subjectTagged = await openReplyForm(requireItem("displayReplyForm"), reply, capabilities());
      return { subjectTagged };
    },
    openNewMessage: (message) => openNewMessageForm(office, message, capabilities()),
    openMessage: (itemId) => openMessageForm(office, itemId),
    async addCategory(label) {
      return addItemCategory(office, requireItem("categories.addAsync"), label, capabilities());
    },
    async notify(notice) {
      await showNotification(office, requireItem("notificationMessages.replaceAsync"), notice);
    },
    displayLanguage: () => languageFromTag(office.context.displayLanguage),
    capabilities,
    theme: () => readHostTheme(office, capabilities()),
    agent() {
      const profile = office.context.mailbox.userProfile;
      return { name: profile?.displayName ?? "", email: profile?.emailAddress ?? "" };
    },
    drafts: createRoamingDrafts(office),
  };
}
