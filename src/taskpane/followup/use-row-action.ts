import { useCallback, useState } from "react";
import { logger } from "../logger";
import type { FollowUpFailureKind, RowAction } from "./followup-strings";
import { toFailureKind } from "./use-follow-up";

export type RowActionState =
  | { kind: "idle" }
  | { kind: "running"; action: RowAction }
  | { kind: "failed"; action: RowAction; failure: FollowUpFailureKind; retry: () => void };

/** One action at a time on a ticket row; a failure keeps the exact action so Reintentar repeats it. */
export function useRowAction() {
  const [state, setState] = useState<RowActionState>({ kind: "idle" });

  const run = useCallback(
    async (action: RowAction, work: () => Promise<void>, after?: (done: boolean) => void): Promise<void> => {
      setState({ kind: "running", action });

      try {
        await work();
        setState({ kind: "idle" });
        after?.(true);
      } catch (error) {
        const failure = toFailureKind(error);
        logger.warn("followup.action-failed", { action, kind: failure });
        setState({ kind: "failed", action, failure, retry: () => void run(action, work, after) });
        after?.(false);
      }
    },
    [],
  );

  return { state, run };
}
