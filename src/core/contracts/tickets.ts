import { Type, type Static } from "@sinclair/typebox";
import { EvaluationSchema, LanguageSchema, Limits, PrioritySchema, StatusSchema, TicketNumberSchema } from "./domain";

const DateTime = Type.String({ format: "date-time" });

export const TicketSourceSchema = Type.Object(
  {
    internetMessageId: Type.String({ minLength: 1, maxLength: Limits.messageId }),
    conversationId: Type.Optional(Type.String({ maxLength: Limits.conversationId })),
    receivedAt: Type.Optional(DateTime),
    mailbox: Type.Optional(Type.String({ maxLength: Limits.mailbox })),
  },
  { additionalProperties: false },
);
export type TicketSource = Static<typeof TicketSourceSchema>;

export const NewTicketSchema = Type.Object(
  {
    customerId: Type.String({ minLength: 1, maxLength: 64 }),
    subject: Type.String({ maxLength: Limits.subject }),
    problem: Type.String({ minLength: 1, maxLength: Limits.problem }),
    notes: Type.Optional(Type.String({ maxLength: Limits.note })),
    priority: PrioritySchema,
    evaluation: EvaluationSchema,
    language: LanguageSchema,
    source: Type.Optional(TicketSourceSchema),
  },
  { additionalProperties: false },
);
export type NewTicket = Static<typeof NewTicketSchema>;

export const TicketSchema = Type.Object(
  {
    number: TicketNumberSchema,
    customer: Type.Object(
      { id: Type.String(), name: Type.String(), email: Type.String() },
      { additionalProperties: false },
    ),
    subject: Type.String(),
    problem: Type.String(),
    notes: Type.String(),
    priority: PrioritySchema,
    evaluation: EvaluationSchema,
    language: LanguageSchema,
    status: StatusSchema,
    source: Type.Union([TicketSourceSchema, Type.Null()]),
    createdBy: Type.String(),
    assignedTo: Type.Union([Type.String(), Type.Null()]),
    createdAt: DateTime,
    updatedAt: DateTime,
    dueAt: DateTime,
  },
  { additionalProperties: false },
);
export type Ticket = Static<typeof TicketSchema>;

export const TICKET_EVENT_KINDS = [
  "created",
  "status-changed",
  "priority-changed",
  "assignment-changed",
  "note-added",
  "email-linked",
  "reply-drafted",
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

export const TicketEventSchema = Type.Object(
  {
    kind: Type.Union(TICKET_EVENT_KINDS.map((k) => Type.Literal(k))),
    actor: Type.String(),
    at: DateTime,
    /** Kind-specific facts: `{ from, to }` for changes, `{ internetMessageId }` for linked emails. */
    detail: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);
export type TicketEvent = Static<typeof TicketEventSchema>;

export const TicketChangeSchema = Type.Object(
  {
    status: Type.Optional(StatusSchema),
    priority: Type.Optional(PrioritySchema),
    assignedTo: Type.Optional(Type.Union([Type.String({ maxLength: Limits.agent }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TicketChange = Static<typeof TicketChangeSchema>;

export const ReplySchema = Type.Object(
  {
    subject: Type.String(),
    html: Type.String(),
    text: Type.String(),
    language: LanguageSchema,
  },
  { additionalProperties: false },
);
export type Reply = Static<typeof ReplySchema>;
