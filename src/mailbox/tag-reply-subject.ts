import { REPLY_PREFIXES } from "../core/email-text/markers";
import { replySubject } from "../core/reply/reply-subject";
import type { OfficeNamespace } from "./capabilities";
import { officeCall } from "./office-call";
import { createPendingReplies, sharedStorage, type PendingReplies } from "./pending-replies";

export type SubjectTagOutcome = "tagged" | "already-tagged" | "not-ours" | "unsupported";

/**
 * OnNewMessageCompose: when the new message is the reply the add-in has just opened (same conversation, recorded
 * moments ago), its subject gets the ticket tag, once. Any other new message, reply or not, is left as it is.
 */
export async function tagReplySubject(
  office: OfficeNamespace = Office,
  pending: PendingReplies | null = pendingRepliesHere(),
): Promise<SubjectTagOutcome> {
  const item = office.context.mailbox.item as Office.MessageCompose | undefined;
  const conversationId = (item as { conversationId?: string } | undefined)?.conversationId;
  if (!item || !pending) return "unsupported";
  if (!conversationId) return "not-ours";

  const ticketNumber = pending.take(conversationId);
  if (!ticketNumber) return "not-ours";

  const current = await officeCall<string>("subject.getAsync", (callback) => item.subject.getAsync(callback));
  const tagged = taggedSubject(current, ticketNumber);
  if (tagged === null) return "already-tagged";

  await officeCall<void>("subject.setAsync", (callback) => item.subject.setAsync(tagged, callback));
  return "tagged";
}

/**
 * "RE: <subject> [TMP-000123]", as the backend's rendered reply reads, keeping the host's own reply prefix
 * ("RE:", "AW:"…); null when the tag is already there.
 */
export function taggedSubject(current: string, ticketNumber: string): string | null {
  if (current.toUpperCase().includes(`[${ticketNumber.toUpperCase()}]`)) return null;

  const prefix = /^\s*([A-Za-z]{1,8})\s?:/.exec(current);
  const hostPrefix = prefix && REPLY_PREFIXES.includes((prefix[1] ?? "").toLowerCase()) ? `${prefix[1]}:` : "RE:";
  return replySubject(current, ticketNumber, hostPrefix);
}

export function pendingRepliesHere(): PendingReplies | null {
  const storage = sharedStorage();
  return storage ? createPendingReplies(storage) : null;
}
