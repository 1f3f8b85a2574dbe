import { configure, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../../src/taskpane/App";
import type { TokenProvider } from "../../../../src/workflow/ports";
import { anEmail } from "../../workflow/support/builders";
import { FakeBackend } from "../../workflow/support/fake-backend";
import { FakeMailbox } from "../../workflow/support/fake-mailbox";

// Fluent under jsdom on a shared two-core machine renders slowly; the default second is too tight.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

export interface PaneOptions {
  backend?: FakeBackend;
  mailbox?: FakeMailbox;
  tokens?: TokenProvider;
  healthPollMs?: number;
}

/** The whole pane over in-memory ports, as the agent would see it in Outlook. */
export function renderPane(options: PaneOptions = {}) {
  const backend = options.backend ?? new FakeBackend();
  const mailbox = options.mailbox ?? new FakeMailbox(anEmail());
  const tokens = options.tokens ?? { getAccessToken: () => Promise.resolve("t") };
  const services = { mailbox, backend, tokens, language: mailbox.displayLanguage() };
  const user = userEvent.setup();

  const view = render(<App services={services} theme="light" healthPollMs={options.healthPollMs ?? 20} />);
  return { ...view, user, backend, mailbox };
}
