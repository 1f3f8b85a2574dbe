/** Outlook's limit for one add-in's roaming settings, all of them together. */
export const ROAMING_LIMIT = 32 * 1024;

const STORAGE_KEY = "simulator.roamingSettings";

export interface RoamingStore {
  values: Record<string, unknown>;
  /** Persists the values; false when they exceed Outlook's 32 KB limit (nothing is written then). */
  save(): boolean;
}

/** Roaming settings kept in the browser's localStorage, so drafts survive a reload as they would in Outlook. */
export function createRoamingStore(storage: Storage | undefined): RoamingStore {
  const store: RoamingStore = {
    values: load(storage),
    save() {
      const json = JSON.stringify(store.values);
      if (new TextEncoder().encode(json).length > ROAMING_LIMIT) return false;

      storage?.setItem(STORAGE_KEY, json);
      return true;
    },
  };
  return store;
}

function load(storage: Storage | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
