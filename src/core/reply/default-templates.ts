import type { Language } from "../contracts";
import type { ReplyTemplate } from "./reply-template";

// The shipped wording; an organisation can replace it with its own templates.
const P = 'style="margin:0 0 12px 0"';

export const DEFAULT_REPLY_TEMPLATES: Record<Language, ReplyTemplate> = {
  es: {
    language: "es",
    subjectPrefix: "RE:",
    html:
      `<p ${P}>Hola, {{customerName}}:</p>` +
      `<p ${P}>Gracias por escribirnos. Hemos registrado su solicitud con el número de ticket ` +
      `<strong>{{ticketNumber}}</strong>; indíquelo si nos vuelve a escribir sobre este asunto.</p>` +
      `<p ${P}>Prevemos resolverla {{dueText}}.</p>` +
      `{{#nextStep}}<p ${P}>Próximo paso: {{nextStep}}</p>{{/nextStep}}` +
      `<p ${P}>Le mantendremos informado de cualquier novedad.</p>` +
      `<p ${P}>Atentamente,<br>{{agentName}}<br>Equipo de soporte</p>`,
    text:
      "Hola, {{customerName}}:\n\n" +
      "Gracias por escribirnos. Hemos registrado su solicitud con el número de ticket {{ticketNumber}}; " +
      "indíquelo si nos vuelve a escribir sobre este asunto.\n\n" +
      "Prevemos resolverla {{dueText}}.\n\n" +
      "{{#nextStep}}Próximo paso: {{nextStep}}\n\n{{/nextStep}}" +
      "Le mantendremos informado de cualquier novedad.\n\n" +
      "Atentamente,\n{{agentName}}\nEquipo de soporte",
  },
  en: {
    language: "en",
    subjectPrefix: "RE:",
    html:
      `<p ${P}>Dear {{customerName}},</p>` +
      `<p ${P}>Thank you for contacting us. We have logged your request as ticket ` +
      `<strong>{{ticketNumber}}</strong>; please quote it if you write to us about this again.</p>` +
      `<p ${P}>We expect to resolve it {{dueText}}.</p>` +
      `{{#nextStep}}<p ${P}>Next step: {{nextStep}}</p>{{/nextStep}}` +
      `<p ${P}>We will keep you informed of any progress.</p>` +
      `<p ${P}>Kind regards,<br>{{agentName}}<br>Support team</p>`,
    text:
      "Dear {{customerName}},\n\n" +
      "Thank you for contacting us. We have logged your request as ticket {{ticketNumber}}; " +
      "please quote it if you write to us about this again.\n\n" +
      "We expect to resolve it {{dueText}}.\n\n" +
      "{{#nextStep}}Next step: {{nextStep}}\n\n{{/nextStep}}" +
      "We will keep you informed of any progress.\n\n" +
      "Kind regards,\n{{agentName}}\nSupport team",
  },
};

export const DEFAULT_FOLLOW_UP_TEMPLATES: Record<Language, ReplyTemplate> = {
  es: {
    language: "es",
    subjectPrefix: "RE:",
    html:
      `<p ${P}>Hola, {{customerName}}:</p>` +
      `<p ${P}>Le escribimos sobre su ticket <strong>{{ticketNumber}}</strong>. Seguimos trabajando en él ` +
      `y prevemos resolverlo {{dueText}}.</p>` +
      `{{#nextStep}}<p ${P}>Próximo paso: {{nextStep}}</p>{{/nextStep}}` +
      `<p ${P}>Atentamente,<br>{{agentName}}<br>Equipo de soporte</p>`,
    text:
      "Hola, {{customerName}}:\n\n" +
      "Le escribimos sobre su ticket {{ticketNumber}}. Seguimos trabajando en él y prevemos resolverlo " +
      "{{dueText}}.\n\n" +
      "{{#nextStep}}Próximo paso: {{nextStep}}\n\n{{/nextStep}}" +
      "Atentamente,\n{{agentName}}\nEquipo de soporte",
  },
  en: {
    language: "en",
    subjectPrefix: "RE:",
    html:
      `<p ${P}>Dear {{customerName}},</p>` +
      `<p ${P}>We are writing about your ticket <strong>{{ticketNumber}}</strong>. We are still working on it ` +
      `and expect to resolve it {{dueText}}.</p>` +
      `{{#nextStep}}<p ${P}>Next step: {{nextStep}}</p>{{/nextStep}}` +
      `<p ${P}>Kind regards,<br>{{agentName}}<br>Support team</p>`,
    text:
      "Dear {{customerName}},\n\n" +
      "We are writing about your ticket {{ticketNumber}}. We are still working on it and expect to resolve it " +
      "{{dueText}}.\n\n" +
      "{{#nextStep}}Next step: {{nextStep}}\n\n{{/nextStep}}" +
      "Kind regards,\n{{agentName}}\nSupport team",
  },
};
