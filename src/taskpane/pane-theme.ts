import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { MailboxPort } from "../workflow/ports";

export type PaneThemeName = "light" | "dark" | "high-contrast";

/** High contrast is the operating system's choice (forced colours); light or dark is Outlook's theme. */
export function paneThemeName(mailbox: MailboxPort, forcedColors: boolean): PaneThemeName {
  const outlook = mailbox.theme?.();
  if (forcedColors || outlook === "high-contrast") return "high-contrast";
  return outlook === "dark" ? "dark" : "light";
}

export function fluentTheme(name: PaneThemeName): Theme {
  if (name === "high-contrast") return teamsHighContrastTheme;
  return name === "dark" ? webDarkTheme : webLightTheme;
}

export function prefersForcedColors(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}
