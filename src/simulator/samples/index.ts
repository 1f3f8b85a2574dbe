import type { SimulatedMessage } from "../simulated-message";
import { newCaseSamples } from "./new-cases";
import { notNewCaseSamples } from "./not-new-cases";
import { specialCaseSamples } from "./special-cases";

/** The simulator's inbox: a dozen Spanish (and one English) emails written for the project, newest first. */
export function loadSamples(now = Date.now()): SimulatedMessage[] {
  return [...newCaseSamples(now), ...notNewCaseSamples(now), ...specialCaseSamples(now)].sort((a, b) =>
    b.receivedAt.localeCompare(a.receivedAt),
  );
}

/** Sample ids, for tests and `?sample=` links: the message id is `sample-<id>`. */
export const SAMPLE_IDS = [
  "urgent-outage",
  "routine-question",
  "billing-failure",
  "data-loss",
  "html-only",
  "english",
  "ticket-reply",
  "auto-reply",
  "bounce",
  "read-receipt",
  "forwarded",
  "shared-mailbox",
] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];
