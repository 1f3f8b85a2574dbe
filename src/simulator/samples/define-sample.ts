import type { AttachmentFacts, Person } from "../../core/contracts";
import { SUPPORT_MAILBOX } from "../host/host-config";
import type { SimulatedMessage } from "../simulated-message";

export interface SampleInput {
  id: string;
  subject: string;
  from: Person;
  sender?: Person;
  to?: Person[];
  cc?: Person[];
  /** How long ago it arrived, so the list reads like a live inbox. */
  minutesAgo: number;
  bodyText?: string;
  bodyHtml?: string;
  attachments?: AttachmentFacts[];
  /** Headers beyond From, To, Subject, Date, Message-ID and MIME-Version. */
  headers?: [string, string][];
  inReplyTo?: string;
  sharedMailbox?: SimulatedMessage["sharedMailbox"];
}

/** Turns a hand-written sample into the message the fake host serves, headers included. */
export function defineSample(input: SampleInput, now = Date.now()): SimulatedMessage {
  const internetMessageId = `<${input.id}.sample@simulador.ticketmasterpro.example>`;
  const receivedAt = new Date(now - input.minutesAgo * 60_000).toISOString();
  const to = input.to ?? [SUPPORT_MAILBOX];
  const thread = input.inReplyTo ?? internetMessageId;

  return {
    id: `sample-${input.id}`,
    internetMessageId,
    conversationId: `AAQkSimulator${btoa(thread)
      .replace(/[^A-Za-z0-9]/g, "")
      .slice(0, 40)}`,
    subject: input.subject,
    from: input.from,
    sender: input.sender,
    to,
    cc: input.cc ?? [],
    receivedAt,
    bodyText: input.bodyText,
    bodyHtml: input.bodyHtml,
    attachments: input.attachments ?? [],
    rawHeaders: rawHeaders(input, { internetMessageId, receivedAt, to }),
    sharedMailbox: input.sharedMailbox,
    origin: "sample",
  };
}

function rawHeaders(
  input: SampleInput,
  derived: { internetMessageId: string; receivedAt: string; to: Person[] },
): string {
  const address = (person: Person): string => `"${person.name}" <${person.email}>`;
  const lines: [string, string][] = [
    ["From", address(input.from)],
    ...(input.sender ? [["Sender", address(input.sender)] as [string, string]] : []),
    ["To", derived.to.map(address).join(", ")],
    ["Subject", input.subject],
    ["Date", new Date(derived.receivedAt).toUTCString()],
    ["Message-ID", derived.internetMessageId],
    ...(input.inReplyTo
      ? ([
          ["In-Reply-To", input.inReplyTo],
          ["References", input.inReplyTo],
        ] as [string, string][])
      : []),
    ["MIME-Version", "1.0"],
    ...(input.headers ?? []),
  ];
  if (!lines.some(([name]) => name.toLowerCase() === "content-type")) {
    lines.push(["Content-Type", input.bodyHtml ? 'text/html; charset="utf-8"' : 'text/plain; charset="utf-8"']);
  }
  return lines.map(([name, value]) => `${name}: ${value}`).join("\r\n") + "\r\n";
}
