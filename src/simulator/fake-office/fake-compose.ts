import type { ComposeForm, SimulatorHost } from "../host/simulator-host";
import type { SimulatedMessage } from "../simulated-message";
import { respond } from "./async-result";

/** displayReplyForm takes either the HTML itself or `{ htmlBody }`; the subject is always Outlook's "RE: …". */
export function replyForm(message: SimulatedMessage, form: unknown): ComposeForm {
  const html = typeof form === "string" ? form : ((form as { htmlBody?: string } | undefined)?.htmlBody ?? "");
  const subject = /^re:/i.test(message.subject) ? message.subject : `RE: ${message.subject}`;

  return { title: "Responder", to: [message.from.email], subject, html, conversationId: message.conversationId };
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

/**
 * The message being composed, as Office.context.mailbox.item in the launch-event runtime: its conversation (set
 * for replies), and a subject that can be read and written, as Outlook's compose item has since Mailbox 1.1.
 */
export function createFakeComposeItem(host: SimulatorHost, form: ComposeForm): Record<string, unknown> {
  return {
    itemType: "message",
    conversationId: form.conversationId ?? null,
    subject: {
      getAsync: (...args: unknown[]) =>
        respond(host, "subject.getAsync", args, () => host.lastCompose()?.subject ?? ""),
      setAsync: (subject: string, ...args: unknown[]) =>
        respond(host, "subject.setAsync", args, () => host.setComposeSubject(subject)),
    },
  };
}
