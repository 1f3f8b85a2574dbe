import type { Language } from "../core/contracts";

/** Outlook reports a BCP 47 tag such as "es-ES" or "en-US"; the add-in speaks Spanish unless Outlook is English. */
export function languageFromTag(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith("en") ? "en" : "es";
}
