import type { Migration } from "./migration";

/**
 * A linked email remembers its conversation, so a later message of a conversation that only a linked reply began
 * (a customer writing from another thread) still finds its ticket. Source emails take their ticket's conversation.
 */
const statements = [
  `ALTER TABLE ticket_emails ADD COLUMN conversation_id TEXT`,
  `UPDATE ticket_emails SET conversation_id =
     (SELECT t.conversation_id FROM tickets t WHERE t.number = ticket_emails.ticket_number)
   WHERE internet_message_id IN (SELECT internet_message_id FROM tickets WHERE internet_message_id IS NOT NULL)`,
  `CREATE INDEX ticket_emails_conversation ON ticket_emails (conversation_id, ticket_number)`,
];

export const linkedEmailConversation: Migration = {
  version: 2,
  name: "linked email conversation",
  sqlite: statements,
  postgres: statements,
};
