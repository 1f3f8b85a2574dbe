import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";
import { officeCall } from "./office-call";

/**
 * Follows the selected item (Mailbox 1.5). Below 1.5 Outlook closes the pane when the selection changes, so there
 * is nothing to follow and the returned stop function does nothing.
 */
export async function followItemChanges(
  office: OfficeNamespace,
  listener: () => void,
  capabilities: DetectedCapabilities,
): Promise<() => void> {
  if (!capabilities.itemChanged) return () => undefined;

  const mailbox = office.context.mailbox;
  const eventType = office.EventType.ItemChanged;
  let active = true;

  const handler = (): void => {
    if (!active) return;
    try {
      listener();
    } catch (thrown) {
      // Office would swallow this; rethrown on a clean stack it reaches the page's error handling instead.
      setTimeout(() => {
        throw thrown;
      });
    }
  };

  await officeCall<void>("addHandlerAsync(ItemChanged)", (callback) =>
    mailbox.addHandlerAsync(eventType, handler, callback),
  );

  return () => {
    active = false;
    mailbox.removeHandlerAsync(eventType, () => undefined);
  };
}
