import { createOfficeMailbox, registerRibbonAction, whenOfficeReady } from "../mailbox";
import { createBackendClient } from "../services/api";
import { createDevTokenProvider } from "../services/api/dev-token-provider";
import { createTicketCommand } from "./create-ticket-command";

/** The function file behind the ribbon's one-click "Crear ticket" (manifest action id `createTicket`). */
async function register(): Promise<void> {
  await whenOfficeReady();

  registerRibbonAction("createTicket", async () => {
    const mailbox = createOfficeMailbox();
    const tokens = createDevTokenProvider(() => mailbox.agent());
    const backend = createBackendClient({ baseUrl: "", tokens });
    await createTicketCommand({ mailbox, backend });
  });
}

void register();
