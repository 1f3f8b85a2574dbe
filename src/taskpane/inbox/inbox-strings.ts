import type { Language } from "../../core/contracts";
import { usePaneServices } from "../PaneServicesContext";

export type InboxFailureKind =
  "throttled" | "unauthorized" | "forbidden" | "not-found" | "unreachable" | "server" | "backend" | "unknown";

/** What the Bandeja says, Spanish first; `inboxEn` has the same shape. */
export const inboxEs = {
  title: "Bandeja de soporte",
  sharedMailbox: (address: string) => `Buzón compartido: ${address}`,
  ownMailbox: "Tu bandeja de entrada, del más antiguo al más reciente",
  loading: "Cargando la bandeja…",
  empty: { title: "Bandeja vacía", body: "No hay correos en la bandeja de entrada." },
  listLabel: "Correos de la bandeja, del más antiguo al más reciente",
  unknownSender: "(sin remitente)",
  noSubject: "(sin asunto)",
  ticketed: (number: string) => `Ticket ${number}`,
  notTicketed: "Sin ticket",
  received: (when: string) => `Recibido ${when}`,
  open: "Abrir correo",
  nextWithoutTicket: "Siguiente sin ticket",
  searching: "Buscando…",
  allTicketed: "Todos los correos de la bandeja tienen ticket.",
  loadMore: "Cargar más",
  loadingMore: "Cargando más correos…",
  refresh: "Actualizar",
  retry: "Reintentar",
  openFailed: "No se pudo abrir el correo en Outlook.",
  failureTitle: { list: "No se pudo cargar la bandeja", more: "No se pudieron cargar más correos" },
  failures: {
    throttled: "Microsoft 365 está limitando las solicitudes. Espera un momento y vuelve a intentarlo.",
    unauthorized: "Tu sesión con Microsoft 365 ha caducado. Reintenta para iniciar sesión de nuevo.",
    forbidden: "No tienes permiso para leer este buzón. Pide acceso al administrador.",
    "not-found": "No se encontró el buzón de soporte configurado.",
    unreachable: "No se pudo conectar con Microsoft 365. Comprueba la conexión.",
    server: "Microsoft 365 devolvió un error inesperado.",
    backend: "No se pudo consultar a TicketMasterPro qué correos tienen ticket.",
    unknown: "Ocurrió un error inesperado.",
  } satisfies Record<InboxFailureKind, string>,
  retryAfter: (seconds: number) => `Microsoft 365 pide esperar ${seconds} s.`,
  age: {
    justNow: "ahora mismo",
    minutes: (n: number) => `hace ${n} min`,
    hours: (n: number) => `hace ${n} h`,
    days: (n: number) => `hace ${n} d`,
  },
};

export type InboxStrings = typeof inboxEs;

export const inboxEn: InboxStrings = {
  title: "Support inbox",
  sharedMailbox: (address) => `Shared mailbox: ${address}`,
  ownMailbox: "Your inbox, oldest first",
  loading: "Loading the inbox…",
  empty: { title: "Inbox empty", body: "There are no emails in the inbox." },
  listLabel: "Inbox emails, oldest first",
  unknownSender: "(no sender)",
  noSubject: "(no subject)",
  ticketed: (number) => `Ticket ${number}`,
  notTicketed: "No ticket",
  received: (when) => `Received ${when}`,
  open: "Open email",
  nextWithoutTicket: "Next without ticket",
  searching: "Searching…",
  allTicketed: "Every email in the inbox has a ticket.",
  loadMore: "Load more",
  loadingMore: "Loading more emails…",
  refresh: "Refresh",
  retry: "Retry",
  openFailed: "The email could not be opened in Outlook.",
  failureTitle: { list: "The inbox could not be loaded", more: "More emails could not be loaded" },
  failures: {
    throttled: "Microsoft 365 is throttling requests. Wait a moment and try again.",
    unauthorized: "Your Microsoft 365 session has expired. Retry to sign in again.",
    forbidden: "You have no permission to read this mailbox. Ask your administrator for access.",
    "not-found": "The configured support mailbox was not found.",
    unreachable: "Microsoft 365 could not be reached. Check the connection.",
    server: "Microsoft 365 returned an unexpected error.",
    backend: "TicketMasterPro could not be asked which emails have tickets.",
    unknown: "Something unexpected went wrong.",
  },
  retryAfter: (seconds) => `Microsoft 365 asks to wait ${seconds} s.`,
  age: {
    justNow: "just now",
    minutes: (n) => `${n} min ago`,
    hours: (n) => `${n} h ago`,
    days: (n) => `${n} d ago`,
  },
};

export function inboxStringsFor(language: Language): InboxStrings {
  return language === "en" ? inboxEn : inboxEs;
}

export function useInboxStrings(): InboxStrings {
  return inboxStringsFor(usePaneServices().language);
}
