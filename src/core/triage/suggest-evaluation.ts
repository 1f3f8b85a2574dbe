import type { Evaluation, TriageReason } from "../contracts";
import { matchSignals } from "./match-signals";

const INVESTIGATE: TriageReason = {
  code: "fault-reported",
  es: "describe un fallo que hay que investigar",
  en: "reports a fault to investigate",
  weight: 1,
};
const SOLVE_NOW: TriageReason = {
  code: "answerable-now",
  es: "se puede resolver ahora (consulta o cambio)",
  en: "can be solved now (question or change)",
  weight: 1,
};

/**
 * Solvable now (a question, a how-to, a change of data) or needs investigation (a fault, an outage, data loss,
 * a security incident). With no signal either way, investigation is the safe default.
 */
export function suggestEvaluation(subject: string, body: string): { evaluation: Evaluation; reasons: TriageReason[] } {
  const matched = matchSignals(subject, body);
  const faults = matched.filter((m) => m.signal.kind === "fault").map((m) => m.reason);
  const answerable = matched.filter((m) => m.signal.kind === "question" || m.signal.kind === "change");

  if (faults.length === 0 && answerable.length > 0) {
    return { evaluation: "immediate", reasons: [SOLVE_NOW, ...answerable.map((m) => m.reason)] };
  }
  return { evaluation: "investigation", reasons: faults.length > 0 ? [INVESTIGATE, ...faults] : [] };
}
