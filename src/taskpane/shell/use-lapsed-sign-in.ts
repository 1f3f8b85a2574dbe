import { useCallback, useEffect, useState } from "react";
import { canWatchSignIn, type SignInErrorKind } from "../../services/auth";
import type { TokenAudience, TokenProvider } from "../../workflow/ports";
import { logger } from "../logger";

export interface LapsedSignIn {
  audience: TokenAudience;
  kind: SignInErrorKind;
}

/**
 * Sign-in lost mid-session (an expired session, consent withdrawn): which token could not be had, and a way to sign
 * in again. The views keep their own Reintentar for the request that failed.
 */
export function useLapsedSignIn(tokens: TokenProvider) {
  const [lapsed, setLapsed] = useState<LapsedSignIn | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!canWatchSignIn(tokens)) return undefined;
    return tokens.watchSignIn(({ audience, failure }) => {
      if (failure) setLapsed({ audience, kind: failure.kind });
      else setLapsed((current) => (current?.audience === audience ? null : current));
    });
  }, [tokens]);

  const signInAgain = useCallback(() => {
    if (!lapsed) return;
    setBusy(true);
    tokens
      .getAccessToken(lapsed.audience)
      .catch(() => logger.warn("sign-in.again-failed", { audience: lapsed.audience }))
      .finally(() => setBusy(false));
  }, [lapsed, tokens]);

  return { lapsed, busy, signInAgain };
}
