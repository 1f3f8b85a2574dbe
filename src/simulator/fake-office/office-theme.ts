import type { SimulatedTheme } from "../host/host-config";

const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424" },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF" },
};

/** Office.context.officeTheme (Mailbox 1.14) for a theme; also the `officeTheme` of OfficeThemeChanged events. */
export function officeThemeOf(theme: SimulatedTheme): Record<string, string> {
  const colours = THEMES[theme];
  return {
    ...colours,
    controlBackgroundColor: colours.bodyBackgroundColor,
    controlForegroundColor: colours.bodyForegroundColor,
  };
}
