import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../core/contracts";
import type { MailboxPort, TicketBackend, TokenProvider } from "../workflow/ports";

/** What every view of the pane needs from the outside world; composed once in `index.tsx`. */
export interface PaneServices {
  mailbox: MailboxPort;
  backend: TicketBackend;
  tokens: TokenProvider;
  language: Language;
}

const PaneServicesContext = createContext<PaneServices | null>(null);

export function PaneServicesProvider(props: { services: PaneServices; children: ReactNode }) {
  return <PaneServicesContext.Provider value={props.services}>{props.children}</PaneServicesContext.Provider>;
}

export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error("usePaneServices outside PaneServicesProvider");
  return services;
}
