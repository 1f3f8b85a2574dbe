import type { PaneTheme } from "../workflow/ports";
import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";

/**
 * Outlook does not implement officeTheme.isDarkTheme, so light or dark is read from the body background colour
 * (Mailbox 1.14). High contrast is the operating system's forced colours, which Outlook passes to the pane.
 */
export function readHostTheme(office: OfficeNamespace, capabilities: DetectedCapabilities): PaneTheme {
  if (globalThis.matchMedia?.("(forced-colors: active)").matches) return "high-contrast";
  if (!capabilities.theme) return "light";

  return themeOfBackground(office.context.officeTheme?.bodyBackgroundColor);
}

/** Dark when the body background is dark; light when it is light or unknown. */
export function themeOfBackground(background: string | undefined): "light" | "dark" {
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? "");
  if (!rgb) return "light";

  const [red, green, blue] = rgb.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  return luminance < 0.5 ? "dark" : "light";
}
