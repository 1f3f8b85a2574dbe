/**
 * What sign-in needs from the Office host, behind one seam so that tests and the simulator can stand in for it:
 * whether Outlook can broker tokens itself, and the dialog API for hosts that cannot.
 */
export interface AuthDialogHandlers {
  /** A message the dialog page sent with `messageParent`; `origin` when the host reports it. */
  onMessage(message: string, origin: string | null): void;
  /** The dialog closed without a message (the agent closed it, or it failed); an Office error code. */
  onClosed(code: number): void;
}

export interface AuthDialog {
  close(): void;
}

export interface AuthHost {
  supportsNestedAppAuth(): boolean;
  /** Rejects with `officeDialogError(code)` when the dialog cannot open. */
  openDialog(url: string, handlers: AuthDialogHandlers): Promise<AuthDialog>;
}
