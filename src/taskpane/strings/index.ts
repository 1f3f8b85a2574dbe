import type { Language } from "../../core/contracts";
import { usePaneServices } from "../PaneServicesContext";
import { en } from "./en";
import { es, type Strings } from "./es";

export type { Strings };

export function stringsFor(language: Language): Strings {
  return language === "en" ? en : es;
}

/** The pane's words in Outlook's display language. */
export function useStrings(): Strings {
  return stringsFor(usePaneServices().language);
}
