import type { TokenProvider } from "../../workflow/ports";
import { resolveGraphSettings, type GraphSettings } from "./graph-settings";
import type { GraphMailClient } from "./graph-types";

/**
 * The Graph client in its own chunk: only the Bandeja needs it, and the pane's first load stays within budget.
 */
export async function loadGraphMailClient(
  tokens: TokenProvider,
  settings: GraphSettings = resolveGraphSettings(),
): Promise<GraphMailClient> {
  const { createGraphMailClient } = await import(/* webpackChunkName: "graph-mail" */ "./graph-mail-client");
  return createGraphMailClient({ tokens, ...settings });
}
