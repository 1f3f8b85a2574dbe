import type { GraphCategoryPort, TokenProvider } from "../../workflow/ports";
import { resolveGraphSettings, type GraphSettings } from "./graph-settings";

/**
 * The workflow's Graph fallback for tagging an email. The Graph client is loaded only when Outlook has refused a
 * category, and the settings are read then, so the pane's first load is unchanged.
 */
export function createGraphCategoryTagger(
  tokens: TokenProvider,
  settings: () => GraphSettings = () => resolveGraphSettings(),
): GraphCategoryPort {
  return {
    async addCategory(item, label) {
      const { createGraphMailClient } = await import(/* webpackChunkName: "graph-mail" */ "./graph-mail-client");
      // The email's own mailbox, which is not necessarily the support mailbox the Bandeja lists.
      const client = createGraphMailClient({ tokens, baseUrl: settings().baseUrl, mailbox: item.sharedMailbox });
      return client.addCategoryToOutlookItem(item.itemId, label);
    },
  };
}
