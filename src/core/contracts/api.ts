import { Type, type Static } from "@sinclair/typebox";
import { Limits, PrioritySchema, StatusSchema } from "./domain";
import { TicketEventSchema, TicketSchema } from "./tickets";

/** Envelopes of the HTTP API that are not domain objects themselves. */

export const HealthSchema = Type.Object(
  {
    status: Type.Literal("ok"),
    version: Type.String(),
    storage: Type.Union([Type.Literal("sqlite"), Type.Literal("postgres")]),
  },
  { additionalProperties: false },
);
export type Health = Static<typeof HealthSchema>;

export const MeSchema = Type.Object(
  { id: Type.String(), name: Type.String(), email: Type.String() },
  { additionalProperties: false },
);
export type Me = Static<typeof MeSchema>;

export const TicketListQuerySchema = Type.Object(
  {
    // Repeated parameters (`?status=Pendiente&status=En%20curso`); a single value is coerced to a list.
    status: Type.Optional(Type.Array(StatusSchema, { maxItems: 4 })),
    priority: Type.Optional(Type.Array(PrioritySchema, { maxItems: 4 })),
    customerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    assignedTo: Type.Optional(Type.String({ minLength: 1, maxLength: Limits.agent })),
    overdue: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type TicketListQuery = Static<typeof TicketListQuerySchema>;

export const TicketPageSchema = Type.Object(
  { items: Type.Array(TicketSchema), nextCursor: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const TicketEventListSchema = Type.Object(
  { events: Type.Array(TicketEventSchema) },
  { additionalProperties: false },
);

export const NewNoteSchema = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: Limits.note }) },
  { additionalProperties: false },
);
export type NewNote = Static<typeof NewNoteSchema>;

export const LinkEmailSchema = Type.Object(
  {
    internetMessageId: Type.String({ minLength: 1, maxLength: Limits.messageId }),
    conversationId: Type.Optional(Type.String({ minLength: 1, maxLength: Limits.conversationId })),
    receivedAt: Type.Optional(Type.String({ format: "date-time" })),
  },
  { additionalProperties: false },
);
export type LinkEmail = Static<typeof LinkEmailSchema>;

export const TicketLookupRequestSchema = Type.Object(
  {
    internetMessageIds: Type.Array(Type.String({ minLength: 1, maxLength: Limits.messageId }), { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type TicketLookupRequest = Static<typeof TicketLookupRequestSchema>;

/** Maps each known internetMessageId to its ticket number (`TMP-000123`); unknown ids are absent. */
export const TicketLookupResponseSchema = Type.Object(
  { tickets: Type.Record(Type.String(), Type.String()) },
  { additionalProperties: false },
);

export const ConversationRequestSchema = Type.Object(
  { conversationId: Type.String({ minLength: 1, maxLength: Limits.conversationId }) },
  { additionalProperties: false },
);

export const TicketItemsSchema = Type.Object({ items: Type.Array(TicketSchema) }, { additionalProperties: false });

export const ReplyRequestSchema = Type.Object(
  {
    agentName: Type.String({ minLength: 1, maxLength: Limits.agent }),
    language: Type.Optional(Type.Union([Type.Literal("es"), Type.Literal("en")])),
  },
  { additionalProperties: false },
);
export type ReplyRequest = Static<typeof ReplyRequestSchema>;

export const FollowUpQuerySchema = Type.Object(
  { scope: Type.Optional(Type.Union([Type.Literal("mine"), Type.Literal("team")])) },
  { additionalProperties: false },
);

export const FollowUpSchema = Type.Object(
  { overdue: Type.Array(TicketSchema), dueToday: Type.Array(TicketSchema), later: Type.Array(TicketSchema) },
  { additionalProperties: false },
);
export type FollowUp = Static<typeof FollowUpSchema>;

export const DigestSchema = Type.Object(
  { agent: MeSchema, overdue: Type.Array(TicketSchema), dueToday: Type.Array(TicketSchema) },
  { additionalProperties: false },
);
export type Digest = Static<typeof DigestSchema>;
