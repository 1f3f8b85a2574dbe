import { SignInError } from "../../../../src/services/auth/sign-in-error";
import { canWatchSignIn, withSignInWatch, type SignInChange } from "../../../../src/services/auth/sign-in-watch";
import type { SignInTokenProvider } from "../../../../src/services/auth/token-provider";
import type { TokenAudience } from "../../../../src/workflow/ports";

/** A provider whose answer per audience the test sets: a token, or an error to throw. */
function scriptedProvider(answers: Partial<Record<TokenAudience, string | Error>>): SignInTokenProvider {
  return {
    kind: "nested-app-auth",
    getAccessToken: (audience) => {
      const answer = answers[audience] ?? "token";
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    invalidate: () => undefined,
  };
}

function watched(answers: Partial<Record<TokenAudience, string | Error>>) {
  const tokens = withSignInWatch(scriptedProvider(answers));
  const changes: { audience: TokenAudience; kind: string | null }[] = [];
  const stop = tokens.watchSignIn((change: SignInChange) =>
    changes.push({ audience: change.audience, kind: change.failure?.kind ?? null }),
  );
  return { tokens, changes, stop };
}

describe("the sign-in watch", () => {
  it("tells the pane when a token cannot be had, and passes the error on to the caller", async () => {
    const expired = new SignInError("token-expired", "AADSTS700082");
    const { tokens, changes } = watched({ api: expired });

    await expect(tokens.getAccessToken("api")).rejects.toBe(expired);

    expect(changes).toEqual([{ audience: "api", kind: "token-expired" }]);
  });

  it("tells the pane once the same audience gets a token again, and stays quiet while all is well", async () => {
    const answers: Partial<Record<TokenAudience, string | Error>> = { graph: new SignInError("consent-required") };
    const { tokens, changes } = watched(answers);
    await tokens.getAccessToken("graph").catch(() => undefined);

    answers.graph = "graph-token";
    await tokens.getAccessToken("graph");
    await tokens.getAccessToken("graph");
    await tokens.getAccessToken("api");

    expect(changes).toEqual([
      { audience: "graph", kind: "consent-required" },
      { audience: "graph", kind: null },
    ]);
  });

  it("ignores errors that are not about sign-in", async () => {
    const { tokens, changes } = watched({ api: new TypeError("bug") });

    await expect(tokens.getAccessToken("api")).rejects.toBeInstanceOf(TypeError);

    expect(changes).toEqual([]);
  });

  it("stops telling a listener that stopped listening", async () => {
    const { tokens, changes, stop } = watched({ api: new SignInError("signed-out") });

    stop();
    await tokens.getAccessToken("api").catch(() => undefined);

    expect(changes).toEqual([]);
  });

  it("keeps the provider's kind and invalidate, and can be recognised", () => {
    const tokens = withSignInWatch(scriptedProvider({}));

    expect(tokens.kind).toBe("nested-app-auth");
    expect(canWatchSignIn(tokens)).toBe(true);
    expect(canWatchSignIn(scriptedProvider({}))).toBe(false);
  });
});
