import type { MailboxCapabilities } from "../workflow/ports";
import { sharedStorage } from "./pending-replies";

export type OfficeNamespace = typeof Office;

/** Mailbox requirement sets in order; the manifest asks for 1.3, everything newer is detected at run time. */
const MAILBOX_VERSIONS = [
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
];

export interface DetectedCapabilities extends MailboxCapabilities {
  /** Mailbox 1.9: displayReplyFormAsync reports whether the form opened. */
  replyFormAsync: boolean;
  /** Mailbox 1.14: theme colours. */
  theme: boolean;
  /**
   * Mailbox 1.10 (OnNewMessageCompose) and a store shared with the launch-event runtime: the reply's subject can
   * get the ticket tag. Classic Outlook on Windows runs launch events in a JavaScript-only runtime without
   * localStorage, so the pane there has no way to tell it which reply is the ticket's.
   */
  replySubjectTag: boolean;
}

export function isSetSupported(office: OfficeNamespace, name: string, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported(name, version) === true;
  } catch {
    // Hosts older than the requirements API support nothing beyond what the manifest demanded.
    return false;
  }
}

export function detectCapabilities(office: OfficeNamespace): DetectedCapabilities {
  const mailbox = (version: string): boolean => isSetSupported(office, "Mailbox", version);
  const supported = MAILBOX_VERSIONS.filter(mailbox);

  return {
    categories: mailbox("1.8"),
    internetHeaders: mailbox("1.8"),
    sharedMailbox: mailbox("1.8"),
    nestedAppAuth: isSetSupported(office, "NestedAppAuth", "1.1"),
    itemChanged: mailbox("1.5"),
    newMessageForm: mailbox("1.6"),
    replyFormAsync: mailbox("1.9"),
    theme: mailbox("1.14"),
    replySubjectTag: mailbox("1.10") && platformOf(office) !== "PC" && sharedStorage() !== null,
    mailboxVersion: supported.at(-1) ?? "1.1",
  };
}

function platformOf(office: OfficeNamespace): string | undefined {
  try {
    return String(office.context.diagnostics?.platform ?? office.context.platform ?? "");
  } catch {
    return undefined;
  }
}
