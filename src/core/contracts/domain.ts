import { Type, type Static } from "@sinclair/typebox";
import { EVALUATIONS, LANGUAGES, PRIORITIES, STATUSES, TICKET_NUMBER_PATTERN, Limits } from "./vocabulary";

export * from "./vocabulary";

export const PrioritySchema = Type.Union(PRIORITIES.map((p) => Type.Literal(p)));
export const StatusSchema = Type.Union(STATUSES.map((s) => Type.Literal(s)));
export const EvaluationSchema = Type.Union(EVALUATIONS.map((e) => Type.Literal(e)));
export const LanguageSchema = Type.Union(LANGUAGES.map((l) => Type.Literal(l)));

export const TicketNumberSchema = Type.String({ pattern: TICKET_NUMBER_PATTERN, maxLength: 13 });

export const EmailAddressSchema = Type.String({ minLength: 3, maxLength: Limits.email, format: "email" });

export const PersonSchema = Type.Object(
  {
    name: Type.String({ maxLength: Limits.name }),
    email: Type.String({ maxLength: Limits.email }),
  },
  { additionalProperties: false },
);
export type Person = Static<typeof PersonSchema>;
