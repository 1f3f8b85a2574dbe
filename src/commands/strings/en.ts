import type { CommandStrings } from "./es";

export const en: CommandStrings = {
  working: "Creating the ticket…",
  created: (number) => `Ticket ${number} created. The reply is open for you to review and send.`,
  createdNoReply: (number) => `Ticket ${number} created. The reply could not be opened: open it from the pane.`,
  existing: (number) => `This email already had ticket ${number}; no other was created.`,
  decision: {
    "no-item": "No email is selected.",
    "already-ticketed": "This email already has a ticket. Open the pane to see it.",
    "automatic-mail": "This looks like an automatic email: no ticket was created. Open the pane to create one.",
    "existing-ticket": "This email refers to an existing ticket. Open the pane to add it to that ticket.",
    "several-candidates": "Several customers are possible: no ticket was created. Open the pane to choose.",
    "uncertain-customer": "The customer is not certain: no ticket was created. Open the pane to confirm.",
  },
  alreadyTicketed: (number) => `This email already has ticket ${number}. Open the pane to see it.`,
  existingTicket: (number) => `This email refers to ${number}. Open the pane to add it to that ticket.`,
  failed: {
    unreachable: "The ticket could not be created: TicketMasterPro does not answer. Try again in a few minutes.",
    "sign-in": "The ticket could not be created: sign-in is needed. Open the pane.",
    unauthorized: "The ticket could not be created: the session expired. Open the pane.",
    forbidden: "The ticket could not be created: you are not allowed to.",
    "rate-limited": "The ticket could not be created: too many requests. Wait a few seconds and retry.",
    other: "The ticket could not be created. Open the pane for the details and to retry.",
  },
};
