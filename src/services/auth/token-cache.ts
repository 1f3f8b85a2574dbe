import type { TokenAudience } from "../../workflow/ports";

export interface AccessToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresOn: number;
}

export type AcquireToken = (audience: TokenAudience) => Promise<AccessToken>;

// A token is renewed this long before it expires, so a request that takes a while never carries a dead token.
const RENEW_BEFORE_MS = 5 * 60 * 1000;

/**
 * Keeps each audience's token until shortly before it expires and shares one acquisition between callers that ask
 * at the same time (the pane asks for the API token from several views at start).
 */
export class TokenCache {
  private readonly tokens = new Map<TokenAudience, AccessToken>();
  private readonly pending = new Map<TokenAudience, Promise<AccessToken>>();

  constructor(
    private readonly acquire: AcquireToken,
    private readonly now: () => number = Date.now,
  ) {}

  async get(audience: TokenAudience): Promise<string> {
    const cached = this.tokens.get(audience);
    if (cached && cached.expiresOn - RENEW_BEFORE_MS > this.now()) return cached.token;

    return (await this.acquireOnce(audience)).token;
  }

  /** Forget a token the server refused (for example after a 401), so the next call acquires a new one. */
  invalidate(audience: TokenAudience): void {
    this.tokens.delete(audience);
  }

  /** Store a token obtained on the side (the dialog returns both audiences at once). */
  put(audience: TokenAudience, token: AccessToken): void {
    this.tokens.set(audience, token);
  }

  private acquireOnce(audience: TokenAudience): Promise<AccessToken> {
    const running = this.pending.get(audience);
    if (running) return running;

    const attempt = this.acquire(audience)
      .then((token) => {
        this.tokens.set(audience, token);
        return token;
      })
      .finally(() => this.pending.delete(audience));
    this.pending.set(audience, attempt);
    return attempt;
  }
}
