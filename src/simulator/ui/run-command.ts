import type { SimulatorHost } from "../host/simulator-host";
import { el } from "./dom";

export type CommandOutcome = "completed" | "missing" | "timeout";

const REGISTRATION_TIMEOUT_MS = 15_000;
/** Outlook gives a function command about five minutes; a minute is plenty for the simulator. */
const COMPLETION_TIMEOUT_MS = 60_000;

/**
 * Runs a ribbon function command as Outlook does: loads the function file in a hidden frame, waits for it to
 * register the action with Office.actions.associate, calls it with an event and waits for `event.completed()`.
 */
export async function runCommand(
  host: SimulatorHost,
  name: string,
  page = "simulator-commands.html",
  event: Record<string, unknown> = { source: { id: name } },
): Promise<CommandOutcome> {
  host.forgetAction(name);
  const frame = el("iframe", { src: page, title: name, hidden: true, "aria-hidden": "true" });
  document.body.append(frame);

  try {
    const action = await waitFor(() => host.action(name), REGISTRATION_TIMEOUT_MS);
    if (!action) return "missing";

    const completed = new Promise<CommandOutcome>((resolve) => {
      action({ ...event, completed: () => resolve("completed") });
    });
    return await Promise.race([completed, delay(COMPLETION_TIMEOUT_MS).then((): CommandOutcome => "timeout")]);
  } finally {
    frame.remove();
  }
}

async function waitFor<T>(read: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = read();
    if (value) return value;
    await delay(50);
  }
  return undefined;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
