import { useEffect, useState } from "react";
import { logger } from "./logger";
import type { PaneThemeName } from "./pane-theme";

/** Starts following the host's theme; resolves to a function that stops (the mailbox's `followThemeChanges`). */
export type ThemeFollower = (listener: (theme: PaneThemeName) => void) => Promise<() => void>;

/** The theme read at start, then each change the host reports while the pane is open. */
export function usePaneTheme(initial: PaneThemeName, follow: ThemeFollower | undefined): PaneThemeName {
  const [theme, setTheme] = useState(initial);

  useEffect(() => {
    if (!follow) return undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    follow(setTheme).then(
      (unsubscribe) => (cancelled ? unsubscribe() : (stop = unsubscribe)),
      // The theme read at start stays; nothing else depends on hearing changes.
      () => logger.info("pane.theme-changes-unavailable"),
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [follow]);

  return theme;
}
