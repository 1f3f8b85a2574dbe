export type * from "./ports";
export type { CustomerProposal, EmailAnalysis, NewCustomerForm } from "./analysis";
export { analyseEmail } from "./analyse-email";
export { BackendError, isBackendError, BACKEND_ERROR_KINDS, type BackendErrorKind } from "./backend-error";
export {
  addEmailToTicket,
  createTicketForEmail,
  CustomerMissingError,
  markEmail,
  newTicketFrom,
  openReplyFor,
  saveNewCustomer,
  type CategoryResult,
  type CreatedTicket,
  type WorkflowPorts,
} from "./create-ticket";
export { contactOf, newCustomerForm, proposeCustomer, rankMatches } from "./customer-proposal";
export { failureOf, reasonOf } from "./failure";
export { flowReducer, stateAfterAnalysis } from "./flow-reducer";
export * from "./flow-state";
export { decisionNeeded, randomKey, runOneClick, type DecisionReason, type OneClickOutcome } from "./one-click";
export * from "./ticket-draft";
