import { Type, type Static } from "@sinclair/typebox";

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

export const PrioritySchema = Type.Union(PRIORITIES.map((p) => Type.Literal(p)));
export const StatusSchema = Type.Union(STATUSES.map((s) => Type.Literal(s)));
export const EvaluationSchema = Type.Union(EVALUATIONS.map((e) => Type.Literal(e)));
export const LanguageSchema = Type.Union(LANGUAGES.map((l) => Type.Literal(l)));

export type Priority = (typeof PRIORITIES)[number];
export type TicketStatus = (typeof STATUSES)[number];
export type Evaluation = (typeof EVALUATIONS)[number];
export type Language = (typeof LANGUAGES)[number];

/** `TMP-000123`: six digits at least, more once the counter passes a million. */
export const TICKET_NUMBER_PATTERN = "^TMP-[0-9]{6,9}$";
export const TicketNumberSchema = Type.String({ pattern: TICKET_NUMBER_PATTERN, maxLength: 13 });

export const EmailAddressSchema = Type.String({ minLength: 3, maxLength: Limits.email, format: "email" });

export const PersonSchema = Type.Object(
  {
    name: Type.String({ maxLength: Limits.name }),
    email: Type.String({ maxLength: Limits.email }),
  },
  { additionalProperties: false },
);
export type Person = Static<typeof PersonSchema>;
