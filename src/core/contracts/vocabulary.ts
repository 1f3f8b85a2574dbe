/*
 * The domain's words and limits as plain values, apart from their TypeBox schemas: the pane imports these, and
 * importing them from a module that also builds schemas would pull TypeBox into its first download.
 */

// Every string that crosses the API is bounded, so no field can be used to grow a row or a log without limit.
export const Limits = {
  name: 200,
  email: 254,
  phone: 40,
  company: 200,
  subject: 998,
  problem: 20_000,
  note: 10_000,
  messageId: 998,
  conversationId: 512,
  mailbox: 254,
  agent: 200,
} as const;

export const PRIORITIES = ["Baja", "Media", "Alta", "Urgente"] as const;
export const STATUSES = ["Pendiente", "En curso", "Resuelto", "Cerrado"] as const;
export const EVALUATIONS = ["immediate", "investigation"] as const;
export const LANGUAGES = ["es", "en"] as const;

export type Priority = (typeof PRIORITIES)[number];
export type TicketStatus = (typeof STATUSES)[number];
export type Evaluation = (typeof EVALUATIONS)[number];
export type Language = (typeof LANGUAGES)[number];

/** `TMP-000123`: six digits at least, more once the counter passes a million. */
export const TICKET_NUMBER_PATTERN = "^TMP-[0-9]{6,9}$";
