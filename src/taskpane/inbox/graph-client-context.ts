import { createContext, useContext } from "react";
import { loadGraphMailClient } from "../../services/graph/load-graph-mail-client";
import type { GraphMailClient } from "../../services/graph/graph-types";
import type { TokenProvider } from "../../workflow/ports";

export type GraphMailClientLoader = (tokens: TokenProvider) => Promise<GraphMailClient>;

/**
 * How the Bandeja gets its Graph client: the real one, loaded on first use, unless a test or the simulator
 * provides another. Kept out of PaneServices because only this view talks to Graph.
 */
export const GraphMailClientContext = createContext<GraphMailClientLoader>((tokens) => loadGraphMailClient(tokens));

export function useGraphMailClientLoader(): GraphMailClientLoader {
  return useContext(GraphMailClientContext);
}
