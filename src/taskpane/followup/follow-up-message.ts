import {
  DEFAULT_FOLLOW_UP_TEMPLATES,
  describeDueTime,
  renderReply,
  type Language,
  type Person,
  type Ticket,
} from "../../core";

// Customer-facing words, in the ticket's language (not the pane's): an overdue ticket gets no date in the past.
const AS_SOON_AS_POSSIBLE: Record<Language, string> = { es: "lo antes posible", en: "as soon as possible" };

export interface FollowUpMessage {
  to: Person[];
  subject: string;
  html: string;
}

/** The follow-up email for a ticket: to its customer, "[TMP-…]" in the subject, the template in its language. */
export function composeFollowUp(ticket: Ticket, agent: Person, now = new Date(), timeZone = localTimeZone()) {
  const due = new Date(ticket.dueAt);
  const dueText =
    due.getTime() <= now.getTime()
      ? AS_SOON_AS_POSSIBLE[ticket.language]
      : describeDueTime(due, ticket.language, timeZone, now);

  const reply = renderReply(DEFAULT_FOLLOW_UP_TEMPLATES[ticket.language], {
    customerName: ticket.customer.name,
    ticketNumber: ticket.number,
    dueText,
    agentName: agent.name,
    originalSubject: ticket.subject,
    language: ticket.language,
  });

  const message: FollowUpMessage = {
    to: [{ name: ticket.customer.name, email: ticket.customer.email }],
    subject: reply.subject,
    html: reply.html,
  };
  return message;
}

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
