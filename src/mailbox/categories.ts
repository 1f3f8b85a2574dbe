import type { CategoryOutcome } from "../workflow/ports";
import type { DetectedCapabilities, OfficeNamespace } from "./capabilities";
import { officeCall } from "./office-call";

/**
 * Tags the item with a category. Outlook accepts only categories that are in the mailbox's master list, and
 * adding to that list needs the ReadWriteMailbox permission; that step may fail quietly because the item's own
 * addAsync, which follows, reports the failure that matters (InvalidCategory) to the caller.
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
    // Without ReadWriteMailbox the master list is read-only; a category already there still works.
  }
}
