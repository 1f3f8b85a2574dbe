import type { TokenAudience, TokenProvider } from "../../workflow/ports";

/** The TokenProvider port plus what the pane needs to recover from a refused token. */
export interface SignInTokenProvider extends TokenProvider {
  readonly kind: "nested-app-auth" | "office-dialog" | "development";
  /** Drops the cached token for the audience (after a 401), so the next call gets a fresh one. */
  invalidate(audience: TokenAudience): void;
}
