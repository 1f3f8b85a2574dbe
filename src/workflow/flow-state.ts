import type { Customer, EmailFacts, Ticket } from "../core/contracts";
import type { EmailAnalysis, NewCustomerForm } from "./analysis";
import type { BackendErrorKind } from "./backend-error";
import type { CategoryResult, CreatedTicket } from "./create-ticket";
import type { EditStep, TicketDraft } from "./ticket-draft";

/** The pane's Ticket tab, one state at a time; every state has its own view. */
export type FlowState =
  | { kind: "loading" }
  | { kind: "no-item" }
  | { kind: "analysing"; email: EmailFacts }
  | { kind: "automatic"; analysis: EmailAnalysis; draft: TicketDraft }
  | { kind: "already-ticketed"; analysis: EmailAnalysis; ticket: Ticket }
  | { kind: "existing-ticket"; analysis: EmailAnalysis; draft: TicketDraft; linking: string | null }
  | { kind: "linked"; analysis: EmailAnalysis; ticket: Ticket; category: CategoryResult }
  | { kind: "editing"; analysis: EmailAnalysis; draft: TicketDraft; savingCustomer: boolean }
  | { kind: "creating"; analysis: EmailAnalysis; draft: TicketDraft }
  | { kind: "created"; analysis: EmailAnalysis; result: CreatedTicket; reply: "idle" | "opening" | "opened" };

export type FlowStateKind = FlowState["kind"];

/** What a Reintentar button does again. */
export type FlowAction = "analyse" | "save-customer" | "create-ticket" | "open-reply" | "link-email";

export type FailureReason = BackendErrorKind | "sign-in" | "mailbox" | "customer-missing" | "unknown";

export interface FlowFailure {
  action: FlowAction;
  reason: FailureReason;
  /** The server's correlation id, so the agent can quote it to support. */
  correlationId?: string;
  /** The ticket a failed link was for. */
  ticketNumber?: string;
}

export interface FlowModel {
  state: FlowState;
  failure: FlowFailure | null;
  /** The backend does not answer: the pane blocks and polls until it does. */
  unreachable: boolean;
}

export type DraftChange = Partial<Pick<TicketDraft, "description" | "notes" | "priority" | "evaluation">>;

export type FlowEvent =
  | { type: "item-requested" }
  | { type: "item-read"; email: EmailFacts | null }
  | { type: "analysed"; analysis: EmailAnalysis; draft: TicketDraft }
  | { type: "insisted" }
  | { type: "step-chosen"; step: EditStep }
  | { type: "draft-edited"; change: DraftChange }
  | { type: "customer-chosen"; customer: Customer }
  | { type: "new-customer-started" }
  | { type: "new-customer-edited"; form: NewCustomerForm }
  | { type: "customer-saving" }
  | { type: "customer-saved"; customer: Customer }
  | { type: "create-started" }
  | { type: "ticket-created"; result: CreatedTicket }
  | { type: "reply-opening" }
  | { type: "reply-opened" }
  | { type: "link-started"; number: string }
  | { type: "email-linked"; ticket: Ticket; category: CategoryResult }
  | { type: "failed"; failure: FlowFailure }
  | { type: "failure-dismissed" }
  | { type: "backend-back" };

export const INITIAL_FLOW: FlowModel = { state: { kind: "loading" }, failure: null, unreachable: false };
