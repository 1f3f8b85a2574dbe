import type { EmailFacts, Ticket } from "../core/contracts";
import type { EmailAnalysis } from "./analysis";
import { analyseEmail } from "./analyse-email";
import { createTicketForEmail, openReplyFor, type CategoryResult, type WorkflowPorts } from "./create-ticket";
import { failureOf } from "./failure";
import type { FailureReason } from "./flow-state";
import { loadDraft, suggestDraft, type TicketDraft } from "./ticket-draft";

/** Why one click created nothing: a person has to look at this email in the pane. */
export type DecisionReason =
  "no-item" | "already-ticketed" | "automatic-mail" | "existing-ticket" | "several-candidates" | "uncertain-customer";

export type OneClickOutcome =
  | { kind: "created"; ticket: Ticket; created: boolean; category: CategoryResult; replyOpened: boolean }
  | { kind: "needs-decision"; reason: DecisionReason; ticketNumber?: string }
  | { kind: "failed"; reason: FailureReason; correlationId?: string };

export interface OneClickOptions {
  /** A fresh idempotency key; random unless a test needs a known one. */
  newKey?: () => string;
}

/**
 * The ribbon's Crear ticket: the whole procedure with defaults, or nothing at all when a person must decide.
 * It never throws; every ending is an outcome the command can put into words.
 */
export async function runOneClick(ports: WorkflowPorts, options: OneClickOptions = {}): Promise<OneClickOutcome> {
  let stage: "analyse" | "create-ticket" = "analyse";

  try {
    const email = await ports.mailbox.readCurrentEmail();
    if (!email) return { kind: "needs-decision", reason: "no-item" };

    const analysis = await analyseEmail(ports.backend, email);
    const decision = decisionNeeded(analysis);
    if (decision) return decision;

    stage = "create-ticket";
    const draft = await draftFor(ports, email, analysis, options.newKey ?? randomKey);
    const result = await createTicketForEmail(ports, analysis, draft);
    const replyOpened = await openReplyFor(ports, result.ticket).then(
      () => true,
      () => false,
    );
    return { kind: "created", ticket: result.ticket, created: result.created, category: result.category, replyOpened };
  } catch (error) {
    const { reason, correlationId } = failureOf(error, stage);
    return correlationId ? { kind: "failed", reason, correlationId } : { kind: "failed", reason };
  }
}

/** The same rules as the pane, stated once: what a person must see before anything is created. */
export function decisionNeeded(analysis: EmailAnalysis): OneClickOutcome | null {
  if (analysis.alreadyTicketed) {
    return { kind: "needs-decision", reason: "already-ticketed", ticketNumber: analysis.alreadyTicketed.number };
  }
  if (analysis.triage.automatic) return { kind: "needs-decision", reason: "automatic-mail" };

  const referenced = analysis.references[0];
  if (referenced) return { kind: "needs-decision", reason: "existing-ticket", ticketNumber: referenced.number };

  const { proposal } = analysis;
  if (proposal.kind === "ask") {
    const reason = proposal.reason === "several-candidates" ? "several-candidates" : "uncertain-customer";
    return { kind: "needs-decision", reason };
  }
  return null;
}

/** The agent's own draft when they already chose a customer in the pane; otherwise the suggestion, same key. */
async function draftFor(
  ports: WorkflowPorts,
  email: EmailFacts,
  analysis: EmailAnalysis,
  newKey: () => string,
): Promise<TicketDraft> {
  const stored = await loadDraft(ports.mailbox.drafts, email.internetMessageId);
  if (stored && stored.customer.kind !== "none") return stored;

  return suggestDraft(analysis, stored?.idempotencyKey ?? newKey());
}

export function randomKey(): string {
  return globalThis.crypto.randomUUID();
}
