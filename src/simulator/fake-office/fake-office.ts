import { supportsSet } from "../host/requirement-sets";
import type { SimulatorHost } from "../host/simulator-host";
import { createFakeMailbox } from "./fake-mailbox";
import { createFakeRoamingSettings } from "./fake-roaming-settings";
import { OFFICE_ENUMS } from "./office-enums";
import { officeThemeOf } from "./office-theme";

/**
 * The subset of the `Office` namespace the add-in uses, answered from the simulator's host. Test-only: production
 * pages load Microsoft's office.js and never this file.
 */
export function createFakeOffice(
  host: SimulatorHost,
  frame: Window,
  runtime: "pane" | "launch-event" = "pane",
): Record<string, unknown> {
  const ready = new Promise<{ host: string; platform: string }>((resolve) =>
    setTimeout(() => resolve({ host: "Outlook", platform: "OfficeOnline" })),
  );

  const context: Record<string, unknown> = {
    displayLanguage: host.config.displayLanguage,
    contentLanguage: host.config.displayLanguage,
    host: "Outlook",
    platform: "OfficeOnline",
    requirements: {
      isSetSupported: (name: string, version?: string | number) => supportsSet(host.config.sets, name, version),
    },
    mailbox: createFakeMailbox(host, frame, runtime === "launch-event"),
    roamingSettings: createFakeRoamingSettings(host),
    diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "simulator" },
  };
  if (supportsSet(host.config.sets, "mailbox", "1.14")) {
    // Read at each access, as Outlook's is: the agent may switch themes while the pane is open.
    Object.defineProperty(context, "officeTheme", { enumerable: true, get: () => officeThemeOf(host.theme()) });
  }

  const office: Record<string, unknown> = {
    ...OFFICE_ENUMS,
    context,
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate: (name: string, action: (event: unknown) => void) => host.registerAction(name, action),
    },
  };

  // Add-ins written for older Office.js set Office.initialize instead of calling onReady.
  void ready.then(() => (office.initialize as ((reason: string) => void) | undefined)?.("inserted"));
  return office;
}
