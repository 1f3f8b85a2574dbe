import { useCallback, useEffect, useState } from "react";
import type { TokenProvider } from "../../workflow/ports";
import { isSignInError, type SignInErrorKind } from "../../services/auth";
import { logger } from "../logger";

export type SignInState = "signing-in" | "signed-in" | "failed";

export interface SignIn {
  state: SignInState;
  /** The provider's typed failure, when there is one, so the view can say what to do. */
  errorKind: SignInErrorKind | null;
  retry: () => void;
}

/** Obtains the first backend token before anything else, so that sign-in has its own visible state. */
export function useSignIn(tokens: TokenProvider): SignIn {
  const [state, setState] = useState<SignInState>("signing-in");
  const [errorKind, setErrorKind] = useState<SignInErrorKind | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    tokens.getAccessToken("api").then(
      () => current && setState("signed-in"),
      (error: unknown) => {
        logger.warn("sign-in.failed", { error: error instanceof Error ? error.name : "unknown" });
        if (!current) return;
        setErrorKind(isSignInError(error) ? error.kind : null);
        setState("failed");
      },
    );
    return () => {
      current = false;
    };
  }, [tokens, attempt]);

  const retry = useCallback(() => {
    setState("signing-in");
    setAttempt((n) => n + 1);
  }, []);
  return { state, errorKind, retry };
}
