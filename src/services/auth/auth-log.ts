/** How auth code reports to the pane's logger (injected: services never import the task pane). */
export type AuthLogLevel = "debug" | "info" | "warn" | "error";
export type AuthLog = (
  level: AuthLogLevel,
  event: string,
  facts?: Record<string, string | number | boolean | null>,
) => void;

export const silentAuthLog: AuthLog = () => undefined;
