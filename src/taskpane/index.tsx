import { createRoot } from "react-dom/client";
import { followThemeChanges, whenOfficeReady } from "../mailbox";
import { App } from "./App";
import { composePaneServices } from "./compose-services";
import { logger } from "./logger";
import { paneThemeName, prefersForcedColors } from "./pane-theme";

/**
 * Outlook usually hands the selected email over within a few frames: waiting that long lets the first paint show it.
 * A slower answer is not waited for; the Ticket tab then shows it as soon as it comes.
 */
const OPENING_EMAIL_WAIT_MS = 120;

/** Renders as soon as Office is ready: everything slower (sign-in, the CRM) happens while the email is shown. */
async function start(): Promise<void> {
  await whenOfficeReady();
  const { services, firstRead } = composePaneServices();
  const theme = paneThemeName(services.mailbox, prefersForcedColors());
  const takeOpeningEmail = once(await settledWithin(firstRead, OPENING_EMAIL_WAIT_MS));

  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.documentElement.lang = services.language;
  createRoot(container).render(
    <App services={services} theme={theme} followTheme={followThemeChanges} takeOpeningEmail={takeOpeningEmail} />,
  );
  logger.info("pane.started", { language: services.language, theme });
}

/** The value `promise` settles to within `ms`; undefined when it fails or takes longer. */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, ms));
  return Promise.race([promise.catch(() => undefined), late]);
}

/** Hands `value` to the first caller only: a Ticket tab mounted again later reads the email afresh. */
function once<T>(value: T | undefined): () => T | undefined {
  let left = value;
  return () => {
    const taken = left;
    left = undefined;
    return taken;
  };
}

start().catch((error: unknown) =>
  logger.error("pane.start-failed", { error: error instanceof Error ? error.name : "unknown" }),
);
