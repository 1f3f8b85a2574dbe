/** Emails as the Graph stand-in (graph-server.ts) stores them. */
export interface GraphMessageFixture {
  id: string;
  internetMessageId: string;
  receivedDateTime: string;
  from: { name: string; address: string };
  subject: string;
  categories?: string[];
  conversationId?: string;
  /** The id Office.js gives for this message (EWS form); translateExchangeIds maps it to `id`. Default `id`. */
  ewsId?: string;
}

/**
 * `count` customer emails an hour apart from `firstReceived`, stored newest first so that only the server's
 * ordering puts them oldest first. Ids look like Graph's immutable ids.
 */
export function inboxFixture(count: number, firstReceived = "2026-12-01T08:00:00Z"): GraphMessageFixture[] {
  const start = Date.parse(firstReceived);
  const messages = Array.from({ length: count }, (_, i) => ({
    id: `AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A${String(i + 1).padStart(3, "0")}=`,
    internetMessageId: `<msg-${i + 1}@cliente${i + 1}.example>`,
    receivedDateTime: new Date(start + i * 3_600_000).toISOString().replace(".000Z", "Z"),
    from: { name: `Cliente ${i + 1}`, address: `cliente${i + 1}@cliente${i + 1}.example` },
    subject: `Problema ${i + 1}`,
    categories: [],
  }));
  return messages.reverse();
}
