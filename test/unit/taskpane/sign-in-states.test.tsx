/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { SignInError, type SignInErrorKind } from "../../../src/services/auth/sign-in-error";
import { withSignInWatch } from "../../../src/services/auth/sign-in-watch";
import type { TokenAudience } from "../../../src/workflow/ports";
import { anEmail } from "../workflow/support/builders";
import { FakeMailbox } from "../workflow/support/fake-mailbox";
import { renderPane } from "./support/render-pane";

/** Tokens whose answer per audience the test changes as it goes. */
function scriptedTokens(answers: Partial<Record<TokenAudience, string | Error>>) {
  return withSignInWatch({
    getAccessToken: (audience: TokenAudience) => {
      const answer = answers[audience] ?? "token";
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  });
}

describe("sign-in states in the pane", () => {
  const startStates: [SignInErrorKind, string, string, string][] = [
    ["consent-required", "Falta el consentimiento", "Pide a un administrador de Microsoft 365", "Reintentar"],
    ["signed-out", "No has iniciado sesión", "Inicia sesión con tu cuenta de trabajo", "Iniciar sesión"],
    ["tenant-refused", "Tu organización no está autorizada", "contacta con tu administrador", "Reintentar"],
  ];

  it.each(startStates)("says what to do when sign-in fails with %s", async (kind, title, advice, action) => {
    const answers: Partial<Record<TokenAudience, string | Error>> = { api: new SignInError(kind) };
    const { user } = renderPane({ tokens: scriptedTokens(answers) });

    await screen.findByRole("heading", { name: title });
    expect(screen.getByText(new RegExp(advice))).toBeInTheDocument();
    answers.api = "token";
    await user.click(screen.getByRole("button", { name: action }));

    await screen.findByRole("tab", { name: "Pendientes" });
    expect(screen.queryByRole("heading", { name: title })).not.toBeInTheDocument();
  });

  it("speaks English when Outlook does", async () => {
    const mailbox = new FakeMailbox(anEmail());
    mailbox.language = "en";

    renderPane({ mailbox, tokens: scriptedTokens({ api: new SignInError("tenant-refused") }) });

    await screen.findByRole("heading", { name: "Your organisation is not allowed" });
  });

  it("asks to sign in again when the session is lost mid-session, and hides the request once signed in", async () => {
    const answers: Partial<Record<TokenAudience, string | Error>> = {};
    const tokens = scriptedTokens(answers);
    const { user } = renderPane({ tokens });
    await screen.findByRole("tab", { name: "Pendientes" });

    answers.api = new SignInError("token-expired", "AADSTS700082");
    // A request from any view that finds the session gone.
    await act(() => tokens.getAccessToken("api").catch(() => undefined));
    await screen.findByText("La sesión ha caducado");
    answers.api = "renewed";
    await user.click(screen.getByRole("button", { name: "Iniciar sesión" }));

    await screen.findByRole("tab", { name: "Pendientes" });
    expect(screen.queryByText("La sesión ha caducado")).not.toBeInTheDocument();
  });
});
