import type { DecisionReason } from "../../workflow/one-click";
import type { FailureReason } from "../../workflow/flow-state";

/** Outlook notification texts: at most 150 characters each, so they stay short. */
export const es = {
  working: "Creando el ticket…",
  created: (number: string) => `Ticket ${number} creado. La respuesta está abierta para revisar y enviar.`,
  createdNoReply: (number: string) => `Ticket ${number} creado. No se pudo abrir la respuesta: ábrela desde el panel.`,
  existing: (number: string) => `Este correo ya tenía el ticket ${number}; no se ha creado otro.`,
  decision: {
    "no-item": "No hay ningún correo seleccionado.",
    "already-ticketed": "Este correo ya tiene ticket. Abre el panel para verlo.",
    "automatic-mail": "Parece un correo automático: no se ha creado ticket. Abre el panel si quieres crearlo.",
    "existing-ticket": "Este correo se refiere a un ticket existente. Abre el panel para añadirlo a ese ticket.",
    "several-candidates": "Hay varios clientes posibles: no se ha creado ticket. Abre el panel para elegir.",
    "uncertain-customer": "El cliente no es seguro: no se ha creado ticket. Abre el panel para confirmarlo.",
  } satisfies Record<DecisionReason, string>,
  alreadyTicketed: (number: string) => `Este correo ya tiene el ticket ${number}. Abre el panel para verlo.`,
  existingTicket: (number: string) => `Este correo se refiere a ${number}. Abre el panel para añadirlo a ese ticket.`,
  failed: {
    unreachable: "No se pudo crear el ticket: TicketMasterPro no responde. Inténtalo de nuevo en unos minutos.",
    "sign-in": "No se pudo crear el ticket: hay que iniciar sesión. Abre el panel.",
    unauthorized: "No se pudo crear el ticket: la sesión ha caducado. Abre el panel.",
    forbidden: "No se pudo crear el ticket: no tienes permiso.",
    "rate-limited": "No se pudo crear el ticket: demasiadas peticiones. Espera unos segundos y reinténtalo.",
    other: "No se pudo crear el ticket. Abre el panel para ver el detalle y reintentarlo.",
  } satisfies Partial<Record<FailureReason, string>> & { other: string },
};

export type CommandStrings = typeof es;
