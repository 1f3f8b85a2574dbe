import type { Customer, CustomerMatch, EmailFacts, Person, Ticket, Triage } from "../core/contracts";

/** The fields of the Nuevo cliente form, as strings the agent edits. */
export interface NewCustomerForm {
  name: string;
  email: string;
  company: string;
  phone: string;
}

/**
 * What the workflow proposes for the customer. Only one exact address match is certain enough to preselect;
 * anything else is the agent's decision.
 */
export type CustomerProposal =
  | { kind: "exact"; customer: Customer }
  | { kind: "ask"; reason: "several-candidates" | "uncertain-match" }
  | { kind: "new"; form: NewCustomerForm };

/** Everything the workflow learned about one email before the agent acts. */
export interface EmailAnalysis {
  email: EmailFacts;
  triage: Triage;
  /** The ticket this very email already produced, if any. */
  alreadyTicketed: Ticket | null;
  /** Tickets the email refers to: a number in the subject, or a known conversation. */
  references: Ticket[];
  /** Whom the ticket is for: the original sender of a forwarded email, otherwise the author. */
  contact: Person;
  forwarded: boolean;
  /** CRM matches for the contact, best first. */
  matches: CustomerMatch[];
  proposal: CustomerProposal;
}
