import type { TokenAudience } from "../../workflow/ports";
import type { AuthHost } from "./auth-host";
import { AUTH_DIALOG_PAGE, parseDialogOutcome, type DialogOutcome } from "./dialog/dialog-protocol";
import { officeDialogError, toSignInError } from "./error-mapping";
import { SignInError } from "./sign-in-error";
import { TokenCache, type AccessToken } from "./token-cache";
import type { SignInTokenProvider } from "./token-provider";

export interface OfficeDialogProviderOptions {
  host: AuthHost;
  /** The pane's origin; the dialog page is served beside the pane and must answer from it. */
  origin: string;
}

type DialogTokens = Record<TokenAudience, AccessToken>;

/**
 * For Outlook versions without nested app authentication: a small sign-in page in an Office dialog runs MSAL's
 * redirect flow and sends both tokens back. One dialog at a time serves every audience.
 */
export function createOfficeDialogProvider(options: OfficeDialogProviderOptions): SignInTokenProvider {
  let running: Promise<DialogTokens> | null = null;

  const cache = new TokenCache(async (audience) => {
    running ??= runDialog(options).finally(() => (running = null));
    const tokens = await running;

    cache.put(audience === "api" ? "graph" : "api", tokens[audience === "api" ? "graph" : "api"]);
    return tokens[audience];
  });

  return {
    kind: "office-dialog",
    getAccessToken: (audience) => cache.get(audience),
    invalidate: (audience) => cache.invalidate(audience),
  };
}

async function runDialog(options: OfficeDialogProviderOptions): Promise<DialogTokens> {
  const url = `${options.origin}/${AUTH_DIALOG_PAGE}`;
  let settle: (outcome: DialogOutcome | { type: "closed"; code: number }) => void = () => undefined;
  const settled = new Promise<DialogOutcome | { type: "closed"; code: number }>((resolve) => (settle = resolve));

  const dialog = await options.host
    .openDialog(url, {
      onMessage: (message, origin) => {
        // Only our own page may hand us tokens; a message from anywhere else is ignored.
        if (origin !== null && origin !== options.origin) return;
        settle(parseDialogOutcome(message) ?? { type: "error", kind: "unavailable", code: "dialog-bad-message" });
      },
      onClosed: (code) => settle({ type: "closed", code }),
    })
    .catch((error: unknown) => {
      throw toSignInError(error);
    });

  const outcome = await settled;
  dialog.close();

  if (outcome.type === "closed") throw toSignInError(officeDialogError(outcome.code));
  if (outcome.type === "error") throw new SignInError(outcome.kind, outcome.code);
  return { api: outcome.api, graph: outcome.graph };
}
