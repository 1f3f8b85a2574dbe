import type { GraphCategoryPort, GraphItemRef } from "../../../../src/workflow/ports";

/** The workflow's Graph tagging port over memory: what it was asked to tag, and how it answers. */
export class FakeGraphCategories implements GraphCategoryPort {
  calls: { item: GraphItemRef; label: string }[] = [];
  outcome: "added" | "already-present" | Error = "added";

  addCategory = (item: GraphItemRef, label: string) => {
    this.calls.push({ item, label });
    return this.outcome instanceof Error ? Promise.reject(this.outcome) : Promise.resolve(this.outcome);
  };
}
