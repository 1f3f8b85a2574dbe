import type { OneClickOutcome, OneClickOptions } from "../workflow/one-click";
import { runOneClick } from "../workflow/one-click";
import type { WorkflowPorts } from "../workflow/create-ticket";
import { commandStrings, noticeFor } from "./one-click-notice";

/**
 * The ribbon's one-click Crear ticket: a progress notice, the workflow with defaults, then the outcome in words.
 * Notification failures are swallowed: there is no other channel left to tell the agent.
 */
export async function createTicketCommand(
  ports: WorkflowPorts,
  options: OneClickOptions = {},
): Promise<OneClickOutcome> {
  const language = ports.mailbox.displayLanguage();
  await ports.mailbox.notify({ kind: "progress", message: commandStrings(language).working }).catch(() => undefined);

  const outcome = await runOneClick(ports, options);

  await ports.mailbox.notify(noticeFor(outcome, language)).catch(() => undefined);
  return outcome;
}
