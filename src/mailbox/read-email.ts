import type { EmailFacts, Person } from "../core/contracts";
import { Limits } from "../core/contracts/vocabulary";
import type { AttachmentFacts } from "../core/contracts";
import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";
import { parseInternetHeaders } from "./internet-headers";
import { officeCall } from "./office-call";

const MAX_RECIPIENTS = 500;

/** The selected message in read mode, or null when nothing (or something other than a message) is selected. */
export function currentMessage(office: OfficeNamespace): Office.MessageRead | null {
  const item = office.context.mailbox.item as Office.MessageRead | null | undefined;
  if (!item) return null;

  // Appointments and compose items are not ours: the manifest only activates on messages in read mode.
  return item.itemType === undefined || String(item.itemType) === "message" ? item : null;
}

export async function readEmail(
  office: OfficeNamespace,
  item: Office.MessageRead,
  capabilities: DetectedCapabilities,
): Promise<EmailFacts> {
  const [bodyText, bodyHtml, headers, mailbox] = await Promise.all([
    readBody(office, item, "text"),
    readBody(office, item, "html").catch(() => undefined),
    capabilities.internetHeaders ? readHeaders(item) : Promise.resolve({}),
    readMailbox(office, item, capabilities),
  ]);

  const from = toPerson(item.from ?? item.sender);
  const sender = item.sender ? toPerson(item.sender) : undefined;

  return {
    itemId: item.itemId,
    internetMessageId: messageIdOf(item),
    conversationId: item.conversationId?.slice(0, Limits.conversationId) || undefined,
    subject: (item.subject ?? "").slice(0, Limits.subject),
    from,
    sender: sender && sender.email.toLowerCase() !== from.email.toLowerCase() ? sender : undefined,
    to: (item.to ?? []).slice(0, MAX_RECIPIENTS).map(toPerson),
    cc: (item.cc ?? []).slice(0, MAX_RECIPIENTS).map(toPerson),
    receivedAt: toIsoDate(item.dateTimeCreated),
    bodyText,
    bodyHtml: bodyHtml || undefined,
    attachments: (item.attachments ?? []).slice(0, MAX_RECIPIENTS).map(toAttachment),
    headers,
    mailbox,
  };
}

function readBody(office: OfficeNamespace, item: Office.MessageRead, kind: "text" | "html"): Promise<string> {
  const coercion = kind === "text" ? office.CoercionType.Text : office.CoercionType.Html;
  return officeCall<string>(`body.getAsync(${kind})`, (callback) => item.body.getAsync(coercion, callback));
}

async function readHeaders(item: Office.MessageRead): Promise<Record<string, string>> {
  // Headers only sharpen the automatic-mail checks; when Outlook cannot give them the email is still readable.
  try {
    const raw = await officeCall<string>("getAllInternetHeadersAsync", (callback) =>
      item.getAllInternetHeadersAsync(callback),
    );
    return parseInternetHeaders(raw ?? "");
  } catch {
    return {};
  }
}

async function readMailbox(
  office: OfficeNamespace,
  item: Office.MessageRead,
  capabilities: DetectedCapabilities,
): Promise<EmailFacts["mailbox"]> {
  const own = { address: office.context.mailbox.userProfile.emailAddress ?? "", isShared: false };

  // Outlook only offers getSharedPropertiesAsync on items that live in a shared folder or mailbox.
  if (!capabilities.sharedMailbox || typeof item.getSharedPropertiesAsync !== "function") return own;

  try {
    const shared = await officeCall<Office.SharedProperties>("getSharedPropertiesAsync", (callback) =>
      item.getSharedPropertiesAsync(callback),
    );
    return { address: (shared.targetMailbox || shared.owner || own.address).slice(0, Limits.mailbox), isShared: true };
  } catch {
    return own;
  }
}

function messageIdOf(item: Office.MessageRead): string {
  const id = item.internetMessageId?.trim();
  if (id) return id.slice(0, Limits.messageId);

  // Items that never crossed the wire (some drafts, items imported into a PST) have no Message-ID; the item id
  // still identifies the email in this mailbox, which is what idempotent ticket creation needs.
  return `<item.${item.itemId ?? "unknown"}@outlook.invalid>`.slice(0, Limits.messageId);
}

function toPerson(details: Office.EmailAddressDetails | undefined): Person {
  return {
    name: (details?.displayName ?? "").slice(0, Limits.name),
    email: (details?.emailAddress ?? "").slice(0, Limits.email),
  };
}

function toAttachment(details: Office.AttachmentDetails): AttachmentFacts {
  const isItem = String(details.attachmentType) === "item";

  return {
    name: (details.name ?? "").slice(0, 1000),
    size: Math.max(0, Math.trunc(details.size ?? 0)),
    contentType: (details.contentType || (isItem ? "message/rfc822" : "application/octet-stream")).slice(0, 255),
    isInline: details.isInline === true,
  };
}

function toIsoDate(value: Date | string | undefined): string {
  const date = value ? new Date(value) : new Date();
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}
