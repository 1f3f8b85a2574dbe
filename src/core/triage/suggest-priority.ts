import type { Priority, TriageReason } from "../contracts";
import { matchSignals } from "./match-signals";
import { PRIORITY_THRESHOLDS, SERIOUS_SIGNALS } from "./signals";

function priorityFor(score: number, serious: boolean): Priority {
  if (score >= PRIORITY_THRESHOLDS.urgente) return "Urgente";
  if (score >= PRIORITY_THRESHOLDS.alta) return "Alta";
  // A serious signal is never filed as Baja, however politely it is asked.
  if (score <= PRIORITY_THRESHOLDS.baja && !serious) return "Baja";
  return "Media";
}

/** A priority with the reasons behind it, strongest first, as the agent would say them. */
export function suggestPriority(subject: string, body: string): { priority: Priority; reasons: TriageReason[] } {
  const matched = matchSignals(subject, body);
  const score = matched.reduce((sum, m) => sum + m.reason.weight, 0);
  const serious = matched.some((m) => SERIOUS_SIGNALS.includes(m.signal.code));
  const reasons = matched.map((m) => m.reason).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { priority: priorityFor(score, serious), reasons };
}
