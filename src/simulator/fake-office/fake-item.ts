import type { Person } from "../../core/contracts";
import { supportsSet } from "../host/requirement-sets";
import type { SimulatorHost } from "../host/simulator-host";
import type { SimulatedMessage } from "../simulated-message";
import { HostFailure, respond } from "./async-result";
import { htmlToText, textToHtml } from "./body-conversion";
import { createFakeNotifications } from "./fake-notifications";
import { replyForm } from "./fake-compose";

const emailDetails = (person: Person) => ({ displayName: person.name, emailAddress: person.email });

/**
 * A message in read mode, as Office.context.mailbox.item. Methods of requirement sets the host does not claim are
 * absent, as they are in older Outlooks, so the add-in must detect rather than assume.
 */
export function createFakeItem(host: SimulatorHost, message: SimulatedMessage): Record<string, unknown> {
  const mailbox = (version: string): boolean => supportsSet(host.config.sets, "mailbox", version);

  const item: Record<string, unknown> = {
    itemType: "message",
    itemId: message.id,
    internetMessageId: message.internetMessageId,
    conversationId: message.conversationId,
    subject: message.subject,
    normalizedSubject: message.subject.replace(/^((re|rv|fw|fwd|aw)\s*:\s*)+/i, ""),
    from: emailDetails(message.from),
    sender: emailDetails(message.sender ?? message.from),
    to: message.to.map(emailDetails),
    cc: message.cc.map(emailDetails),
    dateTimeCreated: new Date(message.receivedAt),
    dateTimeModified: new Date(message.receivedAt),
    attachments: message.attachments.map((attachment, index) => ({
      id: `${message.id}-att-${index}`,
      attachmentType: attachment.contentType === "message/rfc822" ? "item" : "file",
      ...attachment,
    })),
    body: {
      getAsync: (coercion: string, ...args: unknown[]) =>
        respond(host, "body.getAsync", args, () => bodyAs(message, coercion)),
    },
    notificationMessages: createFakeNotifications(host, message.id),
    displayReplyForm: (form: unknown) => host.openCompose(replyForm(message, form)),
  };

  if (mailbox("1.8")) addMailbox18(host, message, item);
  if (mailbox("1.9")) {
    item.displayReplyFormAsync = (form: unknown, ...args: unknown[]) =>
      respond(host, "displayReplyFormAsync", args, () => host.openCompose(replyForm(message, form)));
  }

  return item;
}

function addMailbox18(host: SimulatorHost, message: SimulatedMessage, item: Record<string, unknown>): void {
  item.getAllInternetHeadersAsync = (...args: unknown[]) =>
    respond(host, "getAllInternetHeadersAsync", args, () => message.rawHeaders);

  item.categories = {
    getAsync: (...args: unknown[]) =>
      respond(host, "categories.getAsync", args, () =>
        host.categoriesOf(message.id).map((displayName) => ({ displayName, color: "Preset7" })),
      ),
    addAsync: (labels: string[], ...args: unknown[]) =>
      respond(host, "categories.addAsync", args, () => {
        const unknown = labels.filter((label) => !host.masterCategories().includes(label));
        if (unknown.length > 0) {
          throw new HostFailure({ code: 9041, name: "InvalidCategory", message: "Invalid categories were provided." });
        }
        host.addCategories(message.id, labels);
      }),
  };

  // Outlook offers this method only on items that live in a shared folder or mailbox.
  const shared = message.sharedMailbox;
  if (shared) {
    item.getSharedPropertiesAsync = (...args: unknown[]) =>
      respond(host, "getSharedPropertiesAsync", args, () => ({
        owner: shared.owner,
        targetMailbox: shared.targetMailbox,
        targetRestUrl: "https://outlook.simulator.invalid/api",
        delegatePermissions: 1,
      }));
  }
}

function bodyAs(message: SimulatedMessage, coercion: string): string {
  if (coercion === "html") return message.bodyHtml ?? textToHtml(message.bodyText ?? "");
  return message.bodyText ?? htmlToText(message.bodyHtml ?? "");
}
