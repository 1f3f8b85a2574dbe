import type { AnswerTokenRequest, BridgeAnswer } from "./nested-app-auth-bridge";

/**
 * TEST-ONLY. Outlook's broker asks Entra ID for the pane's tokens; in the simulator a local token issuer (the
 * tests' stand-in for Entra ID, test/support/token-issuer.ts) answers instead, at `<issuer>/nested-app-auth/token`.
 */
export function askIssuer(issuerUrl: string): AnswerTokenRequest {
  return async (request) => {
    const response = await fetch(`${issuerUrl.replace(/\/+$/, "")}/nested-app-auth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
    if (!response.ok) return { error: { status: "TRANSIENT_ERROR", code: `issuer_${response.status}` } };
    return (await response.json()) as BridgeAnswer;
  };
}
