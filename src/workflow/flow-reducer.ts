import type { EmailAnalysis } from "./analysis";
import { newCustomerForm } from "./customer-proposal";
import type { FlowEvent, FlowModel, FlowState } from "./flow-state";
import type { TicketDraft } from "./ticket-draft";

/** The flow's only transition function: pure, total, and ignorant of how effects are run. */
export function flowReducer(model: FlowModel, event: FlowEvent): FlowModel {
  switch (event.type) {
    case "item-requested":
      return { state: { kind: "loading" }, failure: null, unreachable: model.unreachable };
    case "item-read":
      return settled(model, event.email ? { kind: "analysing", email: event.email } : { kind: "no-item" });
    case "analysed":
      return settled(model, stateAfterAnalysis(event.analysis, event.draft));
    case "failed":
      return failed(model, event);
    case "failure-dismissed":
      return { ...model, failure: null };
    case "backend-back":
      return { ...model, unreachable: false };
    default:
      return { ...model, state: transition(model.state, event) };
  }
}

/** Already ticketed wins over everything (never a duplicate), then automatic mail, then a referenced ticket. */
export function stateAfterAnalysis(analysis: EmailAnalysis, draft: TicketDraft): FlowState {
  if (analysis.alreadyTicketed) return { kind: "already-ticketed", analysis, ticket: analysis.alreadyTicketed };
  if (draft.insisted) return editing(analysis, draft);
  if (analysis.triage.automatic) return { kind: "automatic", analysis, draft };
  if (analysis.references.length > 0) return { kind: "existing-ticket", analysis, draft, linking: null };
  return editing(analysis, draft);
}

function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (state.kind) {
    case "automatic":
      return event.type === "insisted" ? editing(state.analysis, { ...state.draft, insisted: true }) : state;
    case "existing-ticket":
      return fromExistingTicket(state, event);
    case "editing":
      return fromEditing(state, event);
    case "creating":
      return event.type === "ticket-created"
        ? { kind: "created", analysis: state.analysis, result: event.result, reply: "idle" }
        : state;
    case "created":
      return fromCreated(state, event);
    default:
      return state;
  }
}

function fromExistingTicket(state: Extract<FlowState, { kind: "existing-ticket" }>, event: FlowEvent): FlowState {
  switch (event.type) {
    case "insisted":
      return editing(state.analysis, { ...state.draft, insisted: true });
    case "link-started":
      return { ...state, linking: event.number };
    case "email-linked":
      return { kind: "linked", analysis: state.analysis, ticket: event.ticket, category: event.category };
    default:
      return state;
  }
}

function fromEditing(state: Extract<FlowState, { kind: "editing" }>, event: FlowEvent): FlowState {
  const withDraft = (draft: TicketDraft): FlowState => ({ ...state, draft });

  switch (event.type) {
    case "step-chosen":
      return withDraft({ ...state.draft, step: event.step });
    case "draft-edited":
      return withDraft({ ...state.draft, ...event.change });
    case "customer-chosen":
      return withDraft({ ...state.draft, customer: { kind: "existing", customer: event.customer } });
    case "new-customer-started":
      return withDraft({ ...state.draft, customer: { kind: "new", form: prefilledForm(state.analysis) } });
    case "new-customer-edited":
      return withDraft({ ...state.draft, customer: { kind: "new", form: event.form } });
    case "customer-saving":
      return { ...state, savingCustomer: true };
    case "customer-saved":
      return {
        ...state,
        savingCustomer: false,
        draft: { ...state.draft, customer: { kind: "existing", customer: event.customer }, step: "problem" },
      };
    case "create-started":
      return state.draft.customer.kind === "none" ? state : { kind: "creating", ...pick(state) };
    default:
      return state;
  }
}

function fromCreated(state: Extract<FlowState, { kind: "created" }>, event: FlowEvent): FlowState {
  if (event.type === "reply-opening") return { ...state, reply: "opening" };
  if (event.type === "reply-opened") return { ...state, reply: "opened" };
  return state;
}

/** A failure leaves the agent where they were, with their work intact, and says what to retry. */
function failed(model: FlowModel, event: Extract<FlowEvent, { type: "failed" }>): FlowModel {
  const unreachable = event.failure.reason === "unreachable";

  const back = stateAfterFailure(model.state);
  return { state: back, failure: event.failure, unreachable: model.unreachable || unreachable };
}

function stateAfterFailure(state: FlowState): FlowState {
  switch (state.kind) {
    case "creating":
      return editing(state.analysis, state.draft);
    case "editing":
      return { ...state, savingCustomer: false };
    case "created":
      return { ...state, reply: "idle" };
    case "existing-ticket":
      return { ...state, linking: null };
    default:
      return state;
  }
}

function settled(model: FlowModel, state: FlowState): FlowModel {
  return { state, failure: null, unreachable: model.unreachable };
}

function editing(analysis: EmailAnalysis, draft: TicketDraft): FlowState {
  return { kind: "editing", analysis, draft, savingCustomer: false };
}

function pick(state: { analysis: EmailAnalysis; draft: TicketDraft }) {
  return { analysis: state.analysis, draft: state.draft };
}

function prefilledForm(analysis: EmailAnalysis) {
  return analysis.proposal.kind === "new" ? analysis.proposal.form : newCustomerForm(analysis.contact, analysis.triage);
}
