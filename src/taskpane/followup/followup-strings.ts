import type { Language, Priority, TicketStatus } from "../../core/contracts";
import type { BackendErrorKind } from "../../workflow/backend-error";
import { usePaneServices } from "../PaneServicesContext";

export type FollowUpFailureKind = BackendErrorKind | "unsupported" | "unknown";
export type RowAction = "status" | "priority" | "note" | "compose";

/** What Pendientes says, Spanish first; `followUpEn` has the same shape. */
export const followUpEs = {
  title: "Pendientes",
  subtitle: "Tickets abiertos por hora de vencimiento",
  teamSwitch: "Ver los del equipo",
  loading: "Cargando los tickets pendientes…",
  empty: "No hay tickets pendientes. ¡Todo al día!",
  refresh: "Actualizar",
  retry: "Reintentar",
  groups: { overdue: "Vencidos", dueToday: "Vencen hoy", later: "Más adelante" },
  groupEmpty: "Ninguno",
  overdueBy: (span: string) => `Vencido hace ${span}`,
  dueAt: (when: string) => `Vence ${when}`,
  age: (age: string) => `Creado ${age}`,
  statusLabel: "Estado",
  priorityLabel: "Prioridad",
  statuses: {
    Pendiente: "Pendiente",
    "En curso": "En curso",
    Resuelto: "Resuelto",
    Cerrado: "Cerrado",
  } satisfies Record<TicketStatus, string>,
  priorities: { Baja: "Baja", Media: "Media", Alta: "Alta", Urgente: "Urgente" } satisfies Record<Priority, string>,
  addNote: "Añadir nota",
  noteLabel: (number: string) => `Nota para ${number}`,
  saveNote: "Guardar nota",
  cancel: "Cancelar",
  saving: "Guardando…",
  noteSaved: "Nota guardada.",
  compose: "Redactar seguimiento",
  failedList: "No se pudieron cargar los tickets pendientes",
  failedAction: {
    status: "No se pudo cambiar el estado",
    priority: "No se pudo cambiar la prioridad",
    note: "No se pudo guardar la nota",
    compose: "No se pudo abrir el mensaje de seguimiento",
  } satisfies Record<RowAction, string>,
  failures: {
    unreachable: "No se pudo conectar con TicketMasterPro. Comprueba la conexión.",
    unauthorized: "Tu sesión ha caducado. Reintenta para iniciar sesión de nuevo.",
    forbidden: "No tienes permiso para esta acción.",
    "not-found": "El ticket ya no existe.",
    conflict: "Otra persona cambió el ticket a la vez. Actualiza y vuelve a intentarlo.",
    validation: "TicketMasterPro rechazó los datos.",
    "rate-limited": "Demasiadas solicitudes seguidas. Espera un momento.",
    server: "TicketMasterPro devolvió un error inesperado.",
    unsupported: "Esta versión del servidor no ofrece la lista de pendientes.",
    unknown: "Ocurrió un error inesperado.",
  } satisfies Record<FollowUpFailureKind, string>,
  ageWords: {
    justNow: "ahora mismo",
    minutes: (n: number) => `hace ${n} min`,
    hours: (n: number) => `hace ${n} h`,
    days: (n: number) => `hace ${n} d`,
  },
};

export type FollowUpStrings = typeof followUpEs;

export const followUpEn: FollowUpStrings = {
  title: "Follow-up",
  subtitle: "Open tickets by due time",
  teamSwitch: "Show the team's",
  loading: "Loading pending tickets…",
  empty: "No pending tickets. All caught up!",
  refresh: "Refresh",
  retry: "Retry",
  groups: { overdue: "Overdue", dueToday: "Due today", later: "Later" },
  groupEmpty: "None",
  overdueBy: (span) => `Overdue by ${span}`,
  dueAt: (when) => `Due ${when}`,
  age: (age) => `Created ${age}`,
  statusLabel: "Status",
  priorityLabel: "Priority",
  statuses: { Pendiente: "Pending", "En curso": "In progress", Resuelto: "Resolved", Cerrado: "Closed" },
  priorities: { Baja: "Low", Media: "Medium", Alta: "High", Urgente: "Urgent" },
  addNote: "Add note",
  noteLabel: (number) => `Note for ${number}`,
  saveNote: "Save note",
  cancel: "Cancel",
  saving: "Saving…",
  noteSaved: "Note saved.",
  compose: "Write follow-up",
  failedList: "Pending tickets could not be loaded",
  failedAction: {
    status: "The status could not be changed",
    priority: "The priority could not be changed",
    note: "The note could not be saved",
    compose: "The follow-up message could not be opened",
  },
  failures: {
    unreachable: "TicketMasterPro could not be reached. Check the connection.",
    unauthorized: "Your session has expired. Retry to sign in again.",
    forbidden: "You have no permission for this action.",
    "not-found": "The ticket no longer exists.",
    conflict: "Someone else changed the ticket at the same time. Refresh and try again.",
    validation: "TicketMasterPro rejected the data.",
    "rate-limited": "Too many requests in a row. Wait a moment.",
    server: "TicketMasterPro returned an unexpected error.",
    unsupported: "This server version does not offer the follow-up list.",
    unknown: "Something unexpected went wrong.",
  },
  ageWords: {
    justNow: "just now",
    minutes: (n) => `${n} min ago`,
    hours: (n) => `${n} h ago`,
    days: (n) => `${n} d ago`,
  },
};

export function followUpStringsFor(language: Language): FollowUpStrings {
  return language === "en" ? followUpEn : followUpEs;
}

export function useFollowUpStrings(): FollowUpStrings {
  return followUpStringsFor(usePaneServices().language);
}
