import type { AttachmentFacts, Person } from "../core/contracts";

/** One message as the simulator's fake Outlook holds it: what a real mailbox would return through Office.js. */
export interface SimulatedMessage {
  /** Outlook item id (stable within the simulator). */
  id: string;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  /** The author; for mail sent on behalf of someone, the represented person. */
  from: Person;
  /** Who actually sent it, when a delegate did. */
  sender?: Person;
  to: Person[];
  cc: Person[];
  receivedAt: string;
  bodyText?: string;
  bodyHtml?: string;
  attachments: AttachmentFacts[];
  /** The raw header block, as getAllInternetHeadersAsync returns it. */
  rawHeaders: string;
  /** Set when the message lives in a shared mailbox the agent has delegate access to. */
  sharedMailbox?: { owner: string; targetMailbox: string };
  /** Where it came from, shown in the list: a sample of the project or a file the user opened. */
  origin: "sample" | "eml";
}
