import { useCallback, useEffect, useState } from "react";
import type { TokenProvider } from "../../workflow/ports";
import { logger } from "../logger";

export type SignInState = "signing-in" | "signed-in" | "failed";

/** Obtains the first backend token before anything else, so that sign-in has its own visible state. */
export function useSignIn(tokens: TokenProvider): { state: SignInState; retry: () => void } {
  const [state, setState] = useState<SignInState>("signing-in");
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    tokens.getAccessToken("api").then(
      () => current && setState("signed-in"),
      (error: unknown) => {
        logger.warn("sign-in.failed", { error: error instanceof Error ? error.name : "unknown" });
        if (current) setState("failed");
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
  return { state, retry };
}
