import type { EmailFacts, Ticket } from "../core/contracts";
import type { EmailAnalysis } from "./analysis";
import { isBackendError } from "./backend-error";
import { contactOf, proposeCustomer, rankMatches } from "./customer-proposal";
import type { TicketBackend } from "./ports";

/**
 * Steps 2 to 4 of the procedure as far as the machine can take them: what the email is, whether it was
 * already ticketed or refers to a ticket, who the customer is likely to be, and the suggested triage.
 */
export async function analyseEmail(backend: TicketBackend, email: EmailFacts): Promise<EmailAnalysis> {
  const [triage, alreadyTicketed, conversationTickets] = await Promise.all([
    backend.triage(email),
    findTicketOf(backend, email.internetMessageId),
    email.conversationId ? backend.findTicketsByConversation(email.conversationId) : Promise.resolve([]),
  ]);

  const { contact, forwarded } = contactOf(email.from, triage);
  const [matches, subjectTickets] = await Promise.all([
    backend.matchCustomers({ email: contact.email, name: contact.name || undefined }),
    ticketsByNumber(backend, triage.ticketReferences),
  ]);
  const ranked = rankMatches(matches);

  return {
    email,
    triage,
    alreadyTicketed,
    references: uniqueTickets([...subjectTickets, ...conversationTickets], alreadyTicketed),
    contact,
    forwarded,
    matches: ranked,
    proposal: proposeCustomer(ranked, contact, triage),
  };
}

async function findTicketOf(backend: TicketBackend, internetMessageId: string): Promise<Ticket | null> {
  const found = await backend.findTicketsByMessageIds([internetMessageId]);
  const number = found[internetMessageId];
  return number ? getTicketIfExists(backend, number) : null;
}

async function ticketsByNumber(backend: TicketBackend, numbers: readonly string[]): Promise<Ticket[]> {
  const tickets = await Promise.all([...new Set(numbers)].slice(0, 5).map((n) => getTicketIfExists(backend, n)));
  return tickets.filter((ticket): ticket is Ticket => ticket !== null);
}

/** A number quoted in a subject may be mistyped or belong to another system: not found is not an error. */
async function getTicketIfExists(backend: TicketBackend, number: string): Promise<Ticket | null> {
  try {
    return await backend.getTicket(number);
  } catch (error) {
    if (isBackendError(error) && (error.kind === "not-found" || error.kind === "validation")) return null;
    throw error;
  }
}

function uniqueTickets(tickets: readonly Ticket[], except: Ticket | null): Ticket[] {
  const seen = new Set(except ? [except.number] : []);
  return tickets.filter((ticket) => !seen.has(ticket.number) && seen.add(ticket.number));
}
