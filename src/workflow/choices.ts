import type { Evaluation, Priority } from "../core/contracts";

/*
 * The pane's pickers need these lists at run time. `core/contracts` defines them next to their TypeBox schemas, and
 * importing a value from there pulls TypeBox (about 40 KB gzipped) into the pane's first download; the types
 * below keep the copies in step with the contracts.
 */
export const PRIORITY_CHOICES = ["Baja", "Media", "Alta", "Urgente"] as const satisfies readonly Priority[];
export const EVALUATION_CHOICES = ["immediate", "investigation"] as const satisfies readonly Evaluation[];

// Fails to compile if the contracts gain a priority or an evaluation these lists lack.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const complete: [
  Missing<Priority, (typeof PRIORITY_CHOICES)[number]>,
  Missing<Evaluation, (typeof EVALUATION_CHOICES)[number]>,
] = [true, true];
void complete;
