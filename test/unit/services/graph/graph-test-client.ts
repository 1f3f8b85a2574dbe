import { createGraphMailClient, type GraphMailClientOptions } from "../../../../src/services/graph/graph-mail-client";
import type { TokenAudience, TokenProvider } from "../../../../src/workflow/ports";
import type { GraphStandIn } from "../../../support/graph-server";

/** A token provider that hands out `token` and remembers which audiences were asked for. */
export function recordingTokens(token: string): TokenProvider & { audiences: TokenAudience[] } {
  const audiences: TokenAudience[] = [];
  return {
    audiences,
    getAccessToken: (audience) => {
      audiences.push(audience);
      return Promise.resolve(token);
    },
  };
}

/** A client for the stand-in that never really sleeps; the delays it asked for are in `delays`. */
export function clientFor(standIn: GraphStandIn, options: Partial<GraphMailClientOptions> = {}) {
  const delays: number[] = [];
  const tokens = recordingTokens(standIn.token);
  const client = createGraphMailClient({
    tokens,
    baseUrl: standIn.baseUrl,
    fetch: standIn.fetch,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
  return { client, delays, tokens };
}
