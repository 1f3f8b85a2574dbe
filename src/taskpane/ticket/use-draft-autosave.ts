import { useEffect } from "react";
import type { FlowModel } from "../../workflow/flow-state";
import type { DraftStore } from "../../workflow/ports";
import { saveDraft } from "../../workflow/ticket-draft";
import { logger } from "../logger";

const QUIET_MS = 400;

/** Keeps the agent's choices for this email across reloads and item switches; writes once typing pauses. */
export function useDraftAutosave(model: FlowModel, store: DraftStore): void {
  const { state } = model;
  const draft = state.kind === "editing" ? state.draft : null;
  const messageId = state.kind === "editing" ? state.analysis.email.internetMessageId : null;

  useEffect(() => {
    if (!draft || !messageId) return undefined;

    const timer = setTimeout(() => {
      saveDraft(store, messageId, draft).catch(() => logger.warn("draft.save-failed"));
    }, QUIET_MS);
    return () => clearTimeout(timer);
  }, [draft, messageId, store]);
}
