import { useEffect, useRef } from "react";
import type { TicketBackend } from "../../workflow/ports";
import { logger } from "../logger";

export const HEALTH_POLL_MS = 3000;

/** While `active`, asks /api/health every few seconds and calls `onBack` once it answers. */
export function useHealthPoll(active: boolean, backend: TicketBackend, onBack: () => void, everyMs = HEALTH_POLL_MS) {
  const callback = useRef(onBack);
  callback.current = onBack;

  useEffect(() => {
    if (!active) return undefined;
    let stopped = false;

    const check = async () => {
      try {
        await backend.health();
        if (stopped) return;
        logger.info("backend.back");
        callback.current();
      } catch {
        if (!stopped) timer = setTimeout(() => void check(), everyMs);
      }
    };
    let timer = setTimeout(() => void check(), everyMs);

    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, backend, everyMs]);
}
