import type { DraftStore } from "../workflow/ports";
import type { OfficeNamespace } from "./capabilities";
import { MailboxError } from "./mailbox-error";
import { officeCall } from "./office-call";

/**
 * Outlook keeps at most 32 KB of roaming settings per add-in, all settings together. Drafts stay below 28 KB so
 * that other settings still fit; the oldest drafts give way to newer ones.
 */
export const DRAFT_BUDGET = 28 * 1024;

const INDEX_NAME = "tmp.drafts";
const PREFIX = "tmp.draft.";

interface IndexEntry {
  savedAt: number;
  size: number;
}
type DraftIndex = Record<string, IndexEntry>;

export function createRoamingDrafts(office: OfficeNamespace, now: () => number = Date.now): DraftStore {
  const settings = (): Office.RoamingSettings => office.context.roamingSettings;
  let pending: Promise<void> = Promise.resolve();

  // Saves go one after another: two overlapping saveAsync calls could persist a stale index.
  const persist = (): Promise<void> => {
    pending = pending
      .catch(() => undefined)
      .then(() => officeCall<void>("roamingSettings.saveAsync", (callback) => settings().saveAsync(callback)));
    return pending;
  };

  return {
    load(key) {
      return Promise.resolve(settings().get(PREFIX + key) ?? null);
    },

    async save(key, value) {
      const size = sizeOf(key, value);
      if (size > DRAFT_BUDGET) throw new MailboxError("too-large", "roamingSettings.set", undefined, `${size} bytes`);

      const index = readIndex(settings());
      index[key] = { savedAt: now(), size };
      for (const evicted of oldestBeyondBudget(index, key)) {
        settings().remove(PREFIX + evicted);
        delete index[evicted];
      }

      settings().set(PREFIX + key, value);
      settings().set(INDEX_NAME, index);
      await persist();
    },

    async remove(key) {
      const index = readIndex(settings());
      if (!(key in index) && settings().get(PREFIX + key) === undefined) return;

      delete index[key];
      settings().remove(PREFIX + key);
      settings().set(INDEX_NAME, index);
      await persist();
    },
  };
}

function readIndex(settings: Office.RoamingSettings): DraftIndex {
  const stored: unknown = settings.get(INDEX_NAME);
  return stored && typeof stored === "object" ? { ...(stored as DraftIndex) } : {};
}

function oldestBeyondBudget(index: DraftIndex, keep: string): string[] {
  const byAge = Object.entries(index)
    .filter(([key]) => key !== keep)
    .sort(([, a], [, b]) => a.savedAt - b.savedAt);
  let total = Object.values(index).reduce((sum, entry) => sum + entry.size, 0) + JSON.stringify(index).length;
  const evicted: string[] = [];

  for (const [key, entry] of byAge) {
    if (total <= DRAFT_BUDGET) break;
    evicted.push(key);
    total -= entry.size;
  }

  return evicted;
}

function sizeOf(key: string, value: unknown): number {
  return new TextEncoder().encode(PREFIX + key + JSON.stringify(value ?? null)).length;
}
