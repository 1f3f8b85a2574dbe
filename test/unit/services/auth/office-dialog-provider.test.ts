import type { AuthDialogHandlers, AuthHost } from "../../../../src/services/auth/auth-host";
import { officeDialogError } from "../../../../src/services/auth/error-mapping";
import { createOfficeDialogProvider } from "../../../../src/services/auth/office-dialog-provider";
import type { SignInErrorKind } from "../../../../src/services/auth/sign-in-error";

const ORIGIN = "https://tickets.contoso.example";
const HOUR = 3_600_000;

/** A fake Office host whose dialog answers with whatever the test scripts, after the pane starts listening. */
function fakeHost(script: (handlers: AuthDialogHandlers) => void) {
  const opened: string[] = [];
  let closed = 0;
  const host: AuthHost = {
    supportsNestedAppAuth: () => false,
    openDialog: (url, handlers) => {
      opened.push(url);
      setTimeout(() => script(handlers), 0);
      return Promise.resolve({ close: () => (closed += 1) });
    },
  };
  return { host, opened, closed: () => closed };
}

function tokens(suffix: string, expiresOn = Date.now() + HOUR) {
  return JSON.stringify({
    type: "tokens",
    api: { token: `api-${suffix}`, expiresOn },
    graph: { token: `graph-${suffix}`, expiresOn },
  });
}

async function kindOf(promise: Promise<unknown>): Promise<SignInErrorKind> {
  const error = (await promise.then(
    () => null,
    (failure: unknown) => failure,
  )) as { kind: SignInErrorKind } | null;
  if (!error) throw new Error("expected a sign-in error");
  return error.kind;
}

describe("the Office dialog provider", () => {
  it("opens the sign-in page beside the pane and returns the token it sends", async () => {
    const { host, opened, closed } = fakeHost((handlers) => handlers.onMessage(tokens("1"), ORIGIN));
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    const token = await provider.getAccessToken("api");

    expect(token).toBe("api-1");
    expect(opened).toEqual([`${ORIGIN}/auth-dialog.html`]);
    expect(closed()).toBe(1);
  });

  it("serves both audiences from one dialog", async () => {
    const { host, opened } = fakeHost((handlers) => handlers.onMessage(tokens("1"), null));
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    const both = await Promise.all([provider.getAccessToken("api"), provider.getAccessToken("graph")]);
    const again = await provider.getAccessToken("graph");

    expect([...both, again]).toEqual(["api-1", "graph-1", "graph-1"]);
    expect(opened).toHaveLength(1);
  });

  it("opens the dialog again when the token is about to expire", async () => {
    let round = 0;
    const { host, opened } = fakeHost((handlers) => {
      round += 1;
      handlers.onMessage(tokens(String(round), Date.now() + 60_000), ORIGIN);
    });
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    await provider.getAccessToken("api");
    const second = await provider.getAccessToken("api");

    expect(second).toBe("api-2");
    expect(opened).toHaveLength(2);
  });

  it("ignores a message from another origin", async () => {
    const { host } = fakeHost((handlers) => {
      handlers.onMessage(tokens("evil"), "https://evil.example");
      handlers.onMessage(tokens("good"), ORIGIN);
    });
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    await expect(provider.getAccessToken("api")).resolves.toBe("api-good");
  });

  it("reports the kind the sign-in page sent", async () => {
    const { host } = fakeHost((handlers) =>
      handlers.onMessage(JSON.stringify({ type: "error", kind: "consent-required", code: "AADSTS65001" }), ORIGIN),
    );
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    await expect(kindOf(provider.getAccessToken("api"))).resolves.toBe("consent-required");
  });

  it("treats an unreadable message as unavailable", async () => {
    const { host } = fakeHost((handlers) => handlers.onMessage("<html>", ORIGIN));
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    await expect(kindOf(provider.getAccessToken("api"))).resolves.toBe("unavailable");
  });

  it("reports signed-out when the agent closes the window, and tries again on the next call", async () => {
    let attempt = 0;
    const { host } = fakeHost((handlers) => {
      attempt += 1;
      if (attempt === 1) handlers.onClosed(12006);
      else handlers.onMessage(tokens("2"), ORIGIN);
    });
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    const first = await kindOf(provider.getAccessToken("api"));
    const second = await provider.getAccessToken("api");

    expect(first).toBe("signed-out");
    expect(second).toBe("api-2");
  });

  it("reports interaction-required when Office cannot open the dialog", async () => {
    const host: AuthHost = {
      supportsNestedAppAuth: () => false,
      openDialog: () => Promise.reject(officeDialogError(12007)),
    };
    const provider = createOfficeDialogProvider({ host, origin: ORIGIN });

    await expect(kindOf(provider.getAccessToken("graph"))).resolves.toBe("interaction-required");
  });
});
