import type { AuthDialog, AuthDialogHandlers, AuthHost } from "./auth-host";
import { officeDialogError } from "./error-mapping";

type OfficeNamespace = typeof Office;

/**
 * The AuthHost over Office.js. Every Office callback becomes a promise or a handler call; nothing throws inside one.
 */
export function createOfficeAuthHost(office: OfficeNamespace = Office): AuthHost {
  return {
    supportsNestedAppAuth: () => supports(office, "NestedAppAuth", "1.1"),
    openDialog: (url, handlers) => openDialog(office, url, handlers),
  };
}

function supports(office: OfficeNamespace, name: string, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

function openDialog(office: OfficeNamespace, url: string, handlers: AuthDialogHandlers): Promise<AuthDialog> {
  return new Promise((resolve, reject) => {
    const options: Office.DialogOptions = { height: 60, width: 30, promptBeforeOpen: false };

    office.context.ui.displayDialogAsync(url, options, (result) => {
      if (result.status === office.AsyncResultStatus.Failed) {
        reject(officeDialogError(result.error.code));
        return;
      }

      const dialog = result.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg) handlers.onMessage(arg.message, "origin" in arg && arg.origin ? arg.origin : null);
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        if ("error" in arg) handlers.onClosed(arg.error);
      });
      resolve({ close: () => dialog.close() });
    });
  });
}
