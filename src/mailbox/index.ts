export { createOfficeMailbox, type OfficeMailboxOptions } from "./office-mailbox";
export { whenOfficeReady, registerRibbonAction } from "./office-host";
export { MailboxError, isMailboxError, type MailboxErrorKind } from "./mailbox-error";
export { languageFromTag } from "./display-language";
export { followThemeChanges } from "./theme-changed";
