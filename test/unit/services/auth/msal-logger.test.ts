import { LogLevel } from "@azure/msal-browser";
import type { AuthLogLevel } from "../../../../src/services/auth/auth-log";
import { msalLoggerOptions } from "../../../../src/services/auth/msal-logger";

function capture() {
  const entries: { level: AuthLogLevel; event: string; facts?: Record<string, unknown> }[] = [];
  const options = msalLoggerOptions((level, event, facts) => entries.push({ level, event, facts }));
  const callback = options.loggerCallback as (level: LogLevel, message: string, containsPii: boolean) => void;
  return { entries, options, callback };
}

describe("MSAL's logger", () => {
  it("keeps personal-data logging off", () => {
    const { options } = capture();

    expect(options.piiLoggingEnabled).toBe(false);
  });

  it("drops every message MSAL marks as containing personal data", () => {
    const { entries, callback } = capture();

    callback(LogLevel.Error, "[Thu] : [corr] : token cache lookup failed", true);

    expect(entries).toEqual([]);
  });

  it.each([
    "account lucia@contoso.example not found",
    "login_hint was ignored",
    "cached token eyJ0eXAiOiJKV1QifQ expired",
    "homeAccountId mismatch",
  ])("drops a message that looks like identity even when unmarked: %s", (message) => {
    const { entries, callback } = capture();

    callback(LogLevel.Warning, message, false);

    expect(entries).toEqual([]);
  });

  it("passes other messages on at the matching level, without MSAL's prefix", () => {
    const { entries, callback } = capture();

    callback(
      LogLevel.Warning,
      "[Thu, 03 Dec 2026 17:00:00 GMT] : [c0ffee] : @azure/msal-browser@5.30.0 : Warning - Bridge unavailable",
      false,
    );
    callback(LogLevel.Error, "network error", false);

    expect(entries).toEqual([
      { level: "warn", event: "msal", facts: { message: "Bridge unavailable" } },
      { level: "error", event: "msal", facts: { message: "network error" } },
    ]);
  });
});
