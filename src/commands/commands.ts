import { createOfficeMailbox, registerRibbonAction, whenOfficeReady } from "../mailbox";
import { createBackendClient } from "../services/api";
import { createTokenProvider } from "../services/auth";
import { createGraphCategoryTagger } from "../services/graph/graph-category-tagger";
import { createTicketCommand } from "./create-ticket-command";
import { noticeFor } from "./one-click-notice";

/** The function file behind the ribbon's one-click "Crear ticket" (manifest action id `createTicket`). */
async function register(): Promise<void> {
  await whenOfficeReady();

  registerRibbonAction("createTicket", async () => {
    const mailbox = createOfficeMailbox();
    const tokens = await createTokenProvider({ agent: () => mailbox.agent() }).catch(() => null);
    if (!tokens) {
      await mailbox.notify(noticeFor({ kind: "failed", reason: "sign-in" }, mailbox.displayLanguage()));
      return;
    }

    const backend = createBackendClient({ baseUrl: process.env.API_BASE_URL || "/api", tokens });
    await createTicketCommand({ mailbox, backend, graph: createGraphCategoryTagger(tokens) });
  });
}

void register();
