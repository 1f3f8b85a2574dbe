import type { Language } from "../contracts";

/**
 * An organisation's reply: `subjectPrefix` goes before the customer's subject, which keeps the ticket tag once
 * ("RE: … [TMP-000123]"). `html` and `text` hold placeholders `{{customerName}}`, `{{ticketNumber}}`,
 * `{{dueText}}`, `{{nextStep}}`, `{{agentName}}`, `{{originalSubject}}`; `{{#nextStep}}…{{/nextStep}}` is kept only
 * when there is a next step. Values are escaped by the renderer, never by the template.
 */
export type ReplyTemplate = {
  language: Language;
  subjectPrefix: string;
  html: string;
  text: string;
};

export type ReplyValues = {
  customerName: string;
  ticketNumber: string;
  dueText: string;
  nextStep?: string;
  agentName: string;
  originalSubject: string;
  language: Language;
};
