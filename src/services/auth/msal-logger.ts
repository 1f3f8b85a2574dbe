import { LogLevel, type Configuration } from "@azure/msal-browser";
import type { AuthLog, AuthLogLevel } from "./auth-log";

type LoggerOptions = NonNullable<NonNullable<Configuration["system"]>["loggerOptions"]>;

// A second guard behind MSAL's own flag: anything that looks like an address, a token or an account field.
const IDENTITY = /@|eyJ|bearer|login_hint|username|homeAccountId|preferred_username|upn/i;

const LEVELS: Record<LogLevel, AuthLogLevel> = {
  [LogLevel.Error]: "error",
  [LogLevel.Warning]: "warn",
  [LogLevel.Info]: "info",
  [LogLevel.Verbose]: "debug",
  [LogLevel.Trace]: "debug",
};

/**
 * MSAL's logger, wired to the pane's: personal-data logging stays off, and a message MSAL marks as containing
 * personal data is dropped whole rather than trimmed.
 */
export function msalLoggerOptions(log: AuthLog, level: LogLevel = LogLevel.Warning): LoggerOptions {
  return {
    logLevel: level,
    piiLoggingEnabled: false,
    loggerCallback: (messageLevel, message, containsPii) => {
      const text = withoutHeader(message);
      if (containsPii || IDENTITY.test(text)) return;

      log(LEVELS[messageLevel], "msal", { message: text.slice(0, 500) });
    },
  };
}

/** MSAL's header: "[time] : [correlation id] : package@version : Level - "; the pane's logger has its own. */
const HEADER = /^\[[^\]]*\] : \[[^\]]*\] : \S+@\S+ : \w+ - /;

function withoutHeader(message: string): string {
  return message.replace(HEADER, "");
}
