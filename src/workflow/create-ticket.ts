import type { Customer, EmailFacts, NewTicket, Ticket } from "../core/contracts";
import type { EmailAnalysis, NewCustomerForm } from "./analysis";
import { isBackendError } from "./backend-error";
import type { CategoryOutcome, GraphCategoryPort, GraphItemRef, MailboxPort, TicketBackend } from "./ports";
import { removeDraft, saveDraft, type TicketDraft } from "./ticket-draft";

export interface WorkflowPorts {
  mailbox: MailboxPort;
  backend: TicketBackend;
  /** Tags the email through Graph when Outlook cannot; without it a refused category stays "failed". */
  graph?: GraphCategoryPort;
}

/** Whether the email was tagged with the ticket number; "failed" when neither Outlook nor Graph could. */
export type CategoryResult = CategoryOutcome | "failed";

export interface CreatedTicket {
  ticket: Ticket;
  /** False when the backend answered with the ticket this email or key had already produced. */
  created: boolean;
  category: CategoryResult;
}

/** Raised when the agent asks to create a ticket before a customer is chosen. */
export class CustomerMissingError extends Error {
  override readonly name = "CustomerMissingError";
  constructor() {
    super("no customer chosen");
  }
}

/** Adds the customer; if the address is already in the CRM, that record is the customer. */
export async function saveNewCustomer(backend: TicketBackend, form: NewCustomerForm): Promise<Customer> {
  const phone = form.phone.trim();
  const company = form.company.trim();

  try {
    return await backend.createCustomer({
      name: form.name.trim(),
      email: form.email.trim(),
      ...(phone ? { phone } : {}),
      ...(company ? { company } : {}),
    });
  } catch (error) {
    const existing = isBackendError(error) && error.kind === "conflict" ? error.extensions.customer : undefined;
    if (isCustomer(existing)) return existing;
    throw error;
  }
}

/** Step 5: resolve the customer, save the ticket under the draft's key, forget the draft, tag the email. */
export async function createTicketForEmail(
  ports: WorkflowPorts,
  analysis: EmailAnalysis,
  draft: TicketDraft,
): Promise<CreatedTicket & { customer: Customer }> {
  const customer = await resolveCustomer(ports.backend, draft);
  const messageId = analysis.email.internetMessageId;

  // The key is stored before the request so that a retry after a crash or a reload reuses it.
  await saveDraft(ports.mailbox.drafts, messageId, draft).catch(() => undefined);
  const { ticket, created } = await ports.backend.createTicket(
    newTicketFrom(analysis, draft, customer),
    draft.idempotencyKey,
  );

  await removeDraft(ports.mailbox.drafts, messageId).catch(() => undefined);
  const category = await markEmail(ports, analysis.email, ticket.number);
  return { ticket, created, category, customer };
}

export function newTicketFrom(analysis: EmailAnalysis, draft: TicketDraft, customer: Customer): NewTicket {
  const { email, triage } = analysis;
  const notes = draft.notes.trim();

  return {
    customerId: customer.id,
    subject: email.subject.slice(0, 998),
    problem: draft.description.trim() || email.subject || "(sin asunto)",
    ...(notes ? { notes } : {}),
    priority: draft.priority,
    evaluation: draft.evaluation,
    language: triage.language,
    source: sourceOf(email),
  };
}

/**
 * Step 6: the reply rendered by the backend in the ticket's language, opened in Outlook's reply form. Resolves to
 * whether its subject carries the ticket tag; where it cannot, the number is still in the body.
 */
export async function openReplyFor(ports: WorkflowPorts, ticket: Ticket): Promise<{ subjectTagged: boolean }> {
  const reply = await ports.backend.renderReply(ticket.number, {
    agentName: ports.mailbox.agent().name || ports.mailbox.agent().email,
    language: ticket.language,
  });
  const opened = await ports.mailbox.openReply({
    html: reply.html,
    subject: reply.subject,
    ticketNumber: ticket.number,
  });
  return { subjectTagged: opened?.subjectTagged ?? false };
}

/** A reply to an existing ticket: link this email to it and tag the email with its number. */
export async function addEmailToTicket(
  ports: WorkflowPorts,
  email: EmailFacts,
  ticket: Ticket,
): Promise<{ ticket: Ticket; category: CategoryResult }> {
  await ports.backend.linkEmail(ticket.number, {
    internetMessageId: email.internetMessageId,
    receivedAt: email.receivedAt,
    ...(email.conversationId ? { conversationId: email.conversationId } : {}),
  });
  await removeDraft(ports.mailbox.drafts, email.internetMessageId).catch(() => undefined);
  return { ticket, category: await markEmail(ports, email, ticket.number) };
}

/**
 * Tags the email with the ticket number: through Outlook first, then through Graph when Outlook refuses (a
 * category outside the master list) or cannot (no Mailbox 1.8). The category is a convenience: its failure never
 * undoes or hides the ticket.
 */
export async function markEmail(
  ports: WorkflowPorts,
  email: EmailFacts,
  ticketNumber: string,
): Promise<CategoryResult> {
  const outcome = await ports.mailbox.addCategory(ticketNumber).catch(() => "failed" as const);
  if (outcome === "added" || outcome === "already-present") return outcome;

  const item = graphItemOf(email);
  if (!ports.graph || !item) return outcome;
  return ports.graph.addCategory(item, ticketNumber).catch(() => outcome);
}

function graphItemOf(email: EmailFacts): GraphItemRef | null {
  if (!email.itemId) return null;
  return email.mailbox.isShared && email.mailbox.address
    ? { itemId: email.itemId, sharedMailbox: email.mailbox.address }
    : { itemId: email.itemId };
}

async function resolveCustomer(backend: TicketBackend, draft: TicketDraft): Promise<Customer> {
  if (draft.customer.kind === "existing") return draft.customer.customer;
  if (draft.customer.kind === "new") return saveNewCustomer(backend, draft.customer.form);
  throw new CustomerMissingError();
}

function sourceOf(email: EmailFacts): NonNullable<NewTicket["source"]> {
  return {
    internetMessageId: email.internetMessageId,
    ...(email.conversationId ? { conversationId: email.conversationId } : {}),
    receivedAt: email.receivedAt,
    ...(email.mailbox.address ? { mailbox: email.mailbox.address } : {}),
  };
}

function isCustomer(value: unknown): value is Customer {
  return typeof value === "object" && value !== null && typeof (value as Customer).id === "string";
}
