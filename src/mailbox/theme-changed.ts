import type { PaneTheme } from "../workflow/ports";
import { detectCapabilities, type OfficeNamespace } from "./capabilities";
import { readHostTheme, themeOfBackground } from "./host-theme";
import { officeCall } from "./office-call";

/**
 * Follows Outlook's theme while the pane is open (OfficeThemeChanged, Mailbox 1.14) and the system's forced colours.
 * Without 1.14 only forced colours are followed: the theme read at start stays until the pane is reopened. Call it
 * after Office is ready; resolves to a function that stops following.
 */
export async function followThemeChanges(
  listener: (theme: PaneTheme) => void,
  office: OfficeNamespace = Office,
): Promise<() => void> {
  const capabilities = detectCapabilities(office);
  let outlook = readHostTheme(office, capabilities);
  const forced = globalThis.matchMedia?.("(forced-colors: active)");
  const tell = (): void => listener(forced?.matches ? "high-contrast" : outlook);
  forced?.addEventListener("change", tell);
  const stopForced = (): void => forced?.removeEventListener("change", tell);
  if (!capabilities.theme) return stopForced;

  const mailbox = office.context.mailbox;
  const eventType = office.EventType.OfficeThemeChanged;
  let active = true;
  const handler = (event: Office.OfficeThemeChangedEventArgs): void => {
    if (!active) return;
    // The event carries the new colours; Office.context.officeTheme may still hold the old ones.
    outlook = themeOfBackground(event.officeTheme?.bodyBackgroundColor);
    tell();
  };
  await officeCall<void>("addHandlerAsync(OfficeThemeChanged)", (callback) =>
    mailbox.addHandlerAsync(eventType, handler, callback),
  ).catch((error: unknown) => {
    stopForced();
    throw error;
  });

  return () => {
    active = false;
    stopForced();
    mailbox.removeHandlerAsync(eventType, () => undefined);
  };
}
