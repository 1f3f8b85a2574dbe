import { Type, type Static } from "@sinclair/typebox";
import { Limits, PersonSchema } from "./domain";

export const AttachmentFactsSchema = Type.Object(
  {
    name: Type.String({ maxLength: 1000 }),
    size: Type.Integer({ minimum: 0 }),
    contentType: Type.String({ maxLength: 255 }),
    isInline: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type AttachmentFacts = Static<typeof AttachmentFactsSchema>;

/**
 * What the add-in knows about one email, independent of Office.js: the mailbox adapter produces it,
 * the workflow and the backend consume it.
 */
export const EmailFactsSchema = Type.Object(
  {
    /** Outlook's item id (EWS or REST form); only meaningful inside the mailbox that produced it. */
    itemId: Type.Optional(Type.String({ maxLength: 1000 })),
    internetMessageId: Type.String({ minLength: 1, maxLength: Limits.messageId }),
    conversationId: Type.Optional(Type.String({ maxLength: Limits.conversationId })),
    subject: Type.String({ maxLength: Limits.subject }),
    /** The author (From). */
    from: PersonSchema,
    /** Who actually sent it, when different from `from` (sent on behalf of). */
    sender: Type.Optional(PersonSchema),
    to: Type.Array(PersonSchema, { maxItems: 500 }),
    cc: Type.Array(PersonSchema, { maxItems: 500 }),
    receivedAt: Type.String({ format: "date-time" }),
    bodyText: Type.String(),
    bodyHtml: Type.Optional(Type.String()),
    attachments: Type.Array(AttachmentFactsSchema, { maxItems: 500 }),
    /** Lower-case header names; only those the add-in looks at (Auto-Submitted, Precedence, Content-Type...). */
    headers: Type.Record(Type.String(), Type.String()),
    mailbox: Type.Object(
      {
        address: Type.String({ maxLength: Limits.mailbox }),
        isShared: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type EmailFacts = Static<typeof EmailFactsSchema>;
