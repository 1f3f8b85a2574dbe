import type { Customer, Evaluation, Priority } from "../core/contracts";
import { EVALUATION_CHOICES, PRIORITY_CHOICES } from "./choices";
import type { EmailAnalysis, NewCustomerForm } from "./analysis";
import type { DraftStore } from "./ports";

export type EditStep = "customer" | "problem" | "evaluation";
export const EDIT_STEPS: readonly EditStep[] = ["customer", "problem", "evaluation"];

export type CustomerChoice =
  { kind: "none" } | { kind: "existing"; customer: Customer } | { kind: "new"; form: NewCustomerForm };

/** The agent's work on one email, kept until the ticket is saved so that nothing is lost on a reload. */
export interface TicketDraft {
  version: 1;
  /** Sent with the creation request; the same key on a retry returns the ticket created the first time. */
  idempotencyKey: string;
  step: EditStep;
  customer: CustomerChoice;
  description: string;
  notes: string;
  priority: Priority;
  evaluation: Evaluation;
  /** The agent chose to ticket automatic mail or a reply to an existing ticket anyway. */
  insisted: boolean;
}

/** The draft the workflow suggests for a freshly analysed email. */
export function suggestDraft(analysis: EmailAnalysis, idempotencyKey: string): TicketDraft {
  const { triage, email } = analysis;

  return {
    version: 1,
    idempotencyKey,
    step: "customer",
    customer: choiceFromProposal(analysis),
    description: describeProblem(email.subject, triage.cleanText),
    notes: "",
    priority: triage.priority,
    evaluation: triage.evaluation,
    insisted: false,
  };
}

function choiceFromProposal({ proposal }: EmailAnalysis): CustomerChoice {
  if (proposal.kind === "exact") return { kind: "existing", customer: proposal.customer };
  if (proposal.kind === "new") return { kind: "new", form: proposal.form };
  return { kind: "none" };
}

const PROBLEM_LIMIT = 20_000;

/** The subject, a blank line, then what the customer wrote without quotes or signature. */
export function describeProblem(subject: string, cleanText: string): string {
  const text = [subject.trim(), cleanText.trim()].filter(Boolean).join("\n\n");
  return text.length > 0 ? text.slice(0, PROBLEM_LIMIT) : "(sin asunto)";
}

/** Roaming-settings key for one email; hashed so that keys stay short whatever the message id. */
export function draftKey(internetMessageId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < internetMessageId.length; i++) {
    hash ^= internetMessageId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `draft:${hash.toString(36)}:${internetMessageId.length}`;
}

export async function loadDraft(store: DraftStore, internetMessageId: string): Promise<TicketDraft | null> {
  try {
    const stored = await store.load(draftKey(internetMessageId));
    return isTicketDraft(stored) ? stored : null;
  } catch {
    // A draft that cannot be read is a lost convenience, never a reason to stop the agent.
    return null;
  }
}

export async function saveDraft(store: DraftStore, internetMessageId: string, draft: TicketDraft): Promise<void> {
  await store.save(draftKey(internetMessageId), draft);
}

export async function removeDraft(store: DraftStore, internetMessageId: string): Promise<void> {
  await store.remove(draftKey(internetMessageId));
}

function isTicketDraft(value: unknown): value is TicketDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Partial<TicketDraft>;

  return (
    draft.version === 1 &&
    typeof draft.insisted === "boolean" &&
    typeof draft.idempotencyKey === "string" &&
    typeof draft.description === "string" &&
    typeof draft.notes === "string" &&
    EDIT_STEPS.includes(draft.step as EditStep) &&
    (PRIORITY_CHOICES as readonly string[]).includes(draft.priority as Priority) &&
    (EVALUATION_CHOICES as readonly string[]).includes(draft.evaluation as Evaluation) &&
    isCustomerChoice(draft.customer)
  );
}

function isCustomerChoice(value: unknown): value is CustomerChoice {
  if (typeof value !== "object" || value === null) return false;
  const choice = value as { kind?: unknown; customer?: { id?: unknown }; form?: unknown };

  if (choice.kind === "none") return true;
  if (choice.kind === "existing") return typeof choice.customer?.id === "string";
  return choice.kind === "new" && typeof choice.form === "object" && choice.form !== null;
}
