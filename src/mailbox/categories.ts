import type { CategoryOutcome } from "../workflow/ports";
import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";
import { officeCall } from "./office-call";

/**
 * Tags the item with a category. Outlook shows a category in colour only when it is in the mailbox's master
 * list, and adding to that list needs the ReadWriteMailbox permission, so that step is tried and may fail
 * quietly: the item still gets the label.
 */
export async function addItemCategory(
  office: OfficeNamespace,
  item: Office.MessageRead,
  label: string,
  capabilities: DetectedCapabilities,
): Promise<CategoryOutcome> {
  if (!capabilities.categories || !item.categories) return "unsupported";

  const present = await officeCall<Office.CategoryDetails[]>("categories.getAsync", (callback) =>
    item.categories.getAsync(callback),
  );
  if ((present ?? []).some((category) => category.displayName === label)) return "already-present";

  await ensureMasterCategory(office, label);
  await officeCall<void>("categories.addAsync", (callback) => item.categories.addAsync([label], callback));
  return "added";
}

async function ensureMasterCategory(office: OfficeNamespace, label: string): Promise<void> {
  const master = office.context.mailbox.masterCategories;
  if (!master) return;

  try {
    const known = await officeCall<Office.CategoryDetails[]>("masterCategories.getAsync", (callback) =>
      master.getAsync(callback),
    );
    if ((known ?? []).some((category) => category.displayName === label)) return;

    const color = office.MailboxEnums.CategoryColor.Preset7;
    await officeCall<void>("masterCategories.addAsync", (callback) =>
      master.addAsync([{ displayName: label, color }], callback),
    );
  } catch {
    // Without ReadWriteMailbox the master list is read-only; the category is still added to the item below.
  }
}
