import PostalMime, { type Address, type Email } from "postal-mime";
import type { Person } from "../../core/contracts";
import type { SimulatedMessage } from "../simulated-message";

let imported = 0;

/** Parses a raw .eml file the user opened into a message of the simulated inbox. */
export async function emlToMessage(raw: ArrayBuffer, fileName: string): Promise<SimulatedMessage> {
  const email = await PostalMime.parse(raw);
  const headerBlock = rawHeaderBlock(raw);
  imported += 1;

  const from = firstPerson(email.from) ?? { name: fileName, email: "" };
  const sender = firstPerson(email.sender);
  const internetMessageId = email.messageId || `<eml-${imported}-${Date.now()}@simulador.invalid>`;

  return {
    id: `eml-${imported}-${Date.now().toString(36)}`,
    internetMessageId,
    conversationId: conversationOf(email, internetMessageId),
    subject: email.subject ?? "",
    from,
    sender: sender && sender.email !== from.email ? sender : undefined,
    to: people(email.to),
    cc: people(email.cc),
    receivedAt: receivedAt(email.date),
    bodyText: email.text,
    bodyHtml: email.html,
    attachments: email.attachments.map((attachment) => ({
      name: attachment.filename ?? "(sin nombre)",
      size: sizeOf(attachment.content),
      contentType: attachment.mimeType,
      isInline: attachment.disposition === "inline",
    })),
    rawHeaders: headerBlock,
    origin: "eml",
  };
}

function rawHeaderBlock(raw: ArrayBuffer): string {
  // Headers are ASCII (RFC 5322); latin1 keeps stray 8-bit bytes one character each instead of failing.
  const text = new TextDecoder("latin1").decode(raw.slice(0, 256 * 1024));
  return text.split(/\r?\n\r?\n/, 1)[0] ?? "";
}

function conversationOf(email: Email, messageId: string): string {
  // Exchange groups a thread by its first message; the References chain names it.
  const root = email.references?.split(/\s+/).find(Boolean) ?? email.inReplyTo ?? messageId;
  const bytes = String.fromCharCode(...new TextEncoder().encode(root.slice(0, 300)));
  return `AAQkEml${btoa(bytes)
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 40)}`;
}

function firstPerson(addresses: Address | Address[] | undefined): Person | undefined {
  return people(Array.isArray(addresses) ? addresses : addresses ? [addresses] : [])[0];
}

function people(addresses: Address[] | undefined): Person[] {
  return (addresses ?? []).flatMap((address) =>
    address.group
      ? address.group.map((member) => ({ name: member.name, email: member.address }))
      : [{ name: address.name, email: address.address ?? "" }],
  );
}

function receivedAt(date: string | undefined): string {
  const parsed = date ? new Date(date) : new Date();
  return Number.isNaN(parsed.getTime()) ? new Date().toISOString() : parsed.toISOString();
}

function sizeOf(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === "string" ? content.length : content.byteLength;
}
