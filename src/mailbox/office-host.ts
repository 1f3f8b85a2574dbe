import type { OfficeNamespace } from "./capabilities";

/** Resolves once Office.js (or the simulator's stand-in) has initialised; the add-in touches nothing before. */
export async function whenOfficeReady(office: OfficeNamespace = Office): Promise<void> {
  await office.onReady();
}

/**
 * Registers a ribbon function command. Outlook waits for `event.completed()`; it is called whatever happens, so
 * a failed handler never leaves Outlook's "working on your request" bar spinning. Older classic Outlook looks the
 * function up by name on the global object, so it is published there too.
 */
export function registerRibbonAction(
  name: string,
  handler: () => Promise<void>,
  office: OfficeNamespace = Office,
): void {
  const action = (event?: Office.AddinCommands.Event): void => {
    handler()
      .catch(() => undefined)
      .finally(() => event?.completed());
  };

  office.actions.associate(name, action);
  (globalThis as Record<string, unknown>)[name] = action;
}
