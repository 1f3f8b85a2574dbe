import type {
  Customer,
  CustomerMatch,
  CustomerUpdate,
  EmailFacts,
  Language,
  LinkEmail,
  NewCustomer,
  NewTicket,
  Person,
  Reply,
  Ticket,
  TicketChange,
  TicketEvent,
  TicketStatus,
  Triage,
} from "../core/contracts";

/**
 * The seams of the workflow. `mailbox/` implements MailboxPort over Office.js (and the simulator's fake host),
 * `services/` implements TicketBackend over HTTP and TokenProvider over MSAL; the workflow sees only these.
 */

export interface MailboxCapabilities {
  /** Mailbox requirement sets the host reports, e.g. { "1.8": true }. */
  categories: boolean;
  internetHeaders: boolean;
  sharedMailbox: boolean;
  nestedAppAuth: boolean;
  /** Mailbox 1.5: a pinned pane can follow the selected item (ItemChanged). */
  itemChanged?: boolean;
  /** Mailbox 1.6: a new message form can be opened (follow-ups). */
  newMessageForm?: boolean;
  /** The highest Mailbox requirement set the host reports, e.g. "1.8". */
  mailboxVersion?: string;
}

export type CategoryOutcome = "added" | "already-present" | "unsupported";

/** The Office theme the pane follows. */
export type PaneTheme = "light" | "dark" | "high-contrast";

export interface Notice {
  kind: "info" | "error" | "progress";
  message: string;
}

export interface MailboxPort {
  /** The selected message, or null when nothing is selected (a pinned pane between items). */
  readCurrentEmail(): Promise<EmailFacts | null>;
  /** Calls `listener` whenever the selected item changes; resolves to a function that stops listening. */
  onItemChanged(listener: () => void): Promise<() => void>;
  /**
   * Opens Outlook's reply form on the current item, prefilled with `html`. With `ticketNumber`, the subject gets
   * the ticket tag where the host allows it; `subjectTagged` says whether it will (absent: it will not).
   */
  openReply(reply: {
    html: string;
    subject: string;
    ticketNumber?: string;
  }): Promise<{ subjectTagged: boolean } | void>;
  /** Opens a new message form (follow-ups). */
  openNewMessage(message: { to: Person[]; subject: string; html: string }): Promise<void>;
  /**
   * Opens an existing message in Outlook's own message form (the Bandeja). `itemId` is a Graph (REST, immutable)
   * id; an Office.js host converts it with `convertToEwsId` before `displayMessageForm`. Optional until every
   * adapter has it.
   */
  openMessage?(itemId: string): Promise<void>;
  /** Tags the current item with a category such as "TMP-000123". */
  addCategory(label: string): Promise<CategoryOutcome>;
  /** Shows an Outlook notification on the current item (used by the ribbon command). */
  notify(notice: Notice): Promise<void>;
  displayLanguage(): Language;
  /** Outlook's theme (Office.context.officeTheme, forced colours for high contrast); absent on hosts without it. */
  theme?(): PaneTheme;
  capabilities(): MailboxCapabilities;
  /** The signed-in agent as Outlook knows them. */
  agent(): Person;
  /** Small per-mailbox storage (roaming settings) for drafts; never holds anything after the ticket is saved. */
  drafts: DraftStore;
}

export interface DraftStore {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TicketQuery {
  status?: TicketStatus[];
  priority?: string[];
  customerId?: string;
  assignedTo?: string;
  overdue?: boolean;
  cursor?: string;
  limit?: number;
}

export interface TicketPage {
  items: Ticket[];
  nextCursor: string | null;
}

export interface BackendHealth {
  status: "ok";
  version: string;
  storage: "sqlite" | "postgres";
}

export type FollowUpScope = "mine" | "team";

/** GET /api/followup: open tickets by due time, overdue first. */
export interface FollowUpLists {
  overdue: Ticket[];
  dueToday: Ticket[];
  later: Ticket[];
}

export interface TicketBackend {
  /** GET /api/health, no token: the pane polls it to notice that an unreachable backend is back. */
  health(): Promise<BackendHealth>;
  matchCustomers(query: { email?: string; name?: string }): Promise<CustomerMatch[]>;
  createCustomer(customer: NewCustomer): Promise<Customer>;
  updateCustomer(id: string, change: CustomerUpdate): Promise<Customer>;
  triage(email: EmailFacts): Promise<Triage>;
  /** Idempotent: the same email (internetMessageId) or the same key returns the ticket created the first time. */
  createTicket(ticket: NewTicket, idempotencyKey: string): Promise<{ ticket: Ticket; created: boolean }>;
  getTicket(number: string): Promise<Ticket>;
  listTickets(query: TicketQuery): Promise<TicketPage>;
  changeTicket(number: string, change: TicketChange): Promise<Ticket>;
  addNote(number: string, text: string): Promise<TicketEvent>;
  linkEmail(number: string, email: LinkEmail): Promise<TicketEvent>;
  findTicketsByMessageIds(ids: string[]): Promise<Record<string, string>>;
  findTicketsByConversation(conversationId: string): Promise<Ticket[]>;
  renderReply(number: string, options: { agentName: string; language?: Language }): Promise<Reply>;
  /** GET /api/followup?scope=…; `services/api/follow-up.ts` implements it. Optional until every backend has it. */
  listFollowUp?(scope: FollowUpScope): Promise<FollowUpLists>;
}

/** Where a message lives for Microsoft Graph: Outlook's own item id, and the shared mailbox's address if any. */
export interface GraphItemRef {
  /** Office.js `item.itemId` (EWS form in Outlook on the web and on Windows). */
  itemId: string;
  /** Set when the message is in a shared mailbox the agent reaches by delegation; the agent's own otherwise. */
  sharedMailbox?: string;
}

/**
 * Microsoft Graph for what Office.js cannot do: Outlook's `categories.addAsync` accepts only categories already in
 * the mailbox's master list, and adding to that list needs ReadWriteMailbox, which the add-in does not ask for.
 * Graph sets any category on the message. `services/graph` implements it.
 */
export interface GraphCategoryPort {
  addCategory(item: GraphItemRef, label: string): Promise<"added" | "already-present">;
}

export type TokenAudience = "api" | "graph";

export interface TokenProvider {
  /** An access token for the audience; rejects with a typed sign-in error the pane can render. */
  getAccessToken(audience: TokenAudience): Promise<string>;
}
