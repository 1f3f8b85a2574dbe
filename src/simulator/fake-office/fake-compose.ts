import type { ComposeForm } from "../host/simulator-host";
import type { SimulatedMessage } from "../simulated-message";

/** displayReplyForm takes either the HTML itself or `{ htmlBody }`; the subject is always Outlook's "RE: …". */
export function replyForm(message: SimulatedMessage, form: unknown): ComposeForm {
  const html = typeof form === "string" ? form : ((form as { htmlBody?: string } | undefined)?.htmlBody ?? "");
  const subject = /^re:/i.test(message.subject) ? message.subject : `RE: ${message.subject}`;

  return { title: "Responder", to: [message.from.email], subject, html };
}

interface NewMessageParameters {
  toRecipients?: (string | { emailAddress?: string })[];
  subject?: string;
  htmlBody?: string;
}

export function newMessageForm(parameters: NewMessageParameters | undefined): ComposeForm {
  const to = (parameters?.toRecipients ?? []).map((recipient) =>
    typeof recipient === "string" ? recipient : (recipient.emailAddress ?? ""),
  );

  return { title: "Nuevo mensaje", to, subject: parameters?.subject ?? "", html: parameters?.htmlBody ?? "" };
}
