import type { TokenAudience, TokenProvider } from "../../workflow/ports";
import { isSignInError, type SignInError } from "./sign-in-error";

/** A token for `audience` could not be had (`failure`), or could again (`failure: null`). */
export interface SignInChange {
  audience: TokenAudience;
  failure: SignInError | null;
}

export interface SignInWatch {
  /** Hears every sign-in failure after the first sign-in, and the recovery; returns a function that stops it. */
  watchSignIn(listener: (change: SignInChange) => void): () => void;
  /** A refusal only the server could see (a tenant it does not accept): heard like a failed token. */
  reportSignInFailure(change: SignInChange): void;
}

/**
 * Lets the pane say that sign-in is needed again when a token cannot be had mid-session (a session that expired, a
 * consent withdrawn), wherever the request came from: the views only see their own request fail. The pane wraps
 * the provider it gives every service, so that no request escapes the watch.
 */
export function withSignInWatch<T extends TokenProvider>(provider: T): T & SignInWatch {
  const listeners = new Set<(change: SignInChange) => void>();
  const failing = new Set<TokenAudience>();
  const tell = (change: SignInChange) => listeners.forEach((listener) => listener(change));

  return {
    ...provider,
    async getAccessToken(audience) {
      try {
        const token = await provider.getAccessToken(audience);
        if (failing.delete(audience)) tell({ audience, failure: null });
        return token;
      } catch (error) {
        if (isSignInError(error)) {
          failing.add(audience);
          tell({ audience, failure: error });
        }
        throw error;
      }
    },
    reportSignInFailure(change) {
      if (!change.failure) return;
      failing.add(change.audience);
      tell(change);
    },
    watchSignIn(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function canWatchSignIn(tokens: object): tokens is SignInWatch {
  return typeof (tokens as Partial<SignInWatch>).watchSignIn === "function";
}
