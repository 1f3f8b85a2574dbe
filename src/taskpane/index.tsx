import { createRoot } from "react-dom/client";
import { followThemeChanges, whenOfficeReady } from "../mailbox";
import { App } from "./App";
import { composePaneServices } from "./compose-services";
import { logger } from "./logger";
import { paneThemeName, prefersForcedColors } from "./pane-theme";

/** Renders as soon as Office is ready: everything slower (sign-in, the CRM) happens while the email is shown. */
async function start(): Promise<void> {
  await whenOfficeReady();
  const services = composePaneServices();
  const theme = paneThemeName(services.mailbox, prefersForcedColors());

  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.documentElement.lang = services.language;
  createRoot(container).render(<App services={services} theme={theme} followTheme={followThemeChanges} />);
  logger.info("pane.started", { language: services.language, theme });
}

start().catch((error: unknown) =>
  logger.error("pane.start-failed", { error: error instanceof Error ? error.name : "unknown" }),
);
