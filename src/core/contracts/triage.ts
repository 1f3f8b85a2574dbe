import { Type, type Static } from "@sinclair/typebox";
import { EvaluationSchema, LanguageSchema, PersonSchema, PrioritySchema } from "./domain";

/** One reason behind a suggestion, phrased as an agent would say it, in both languages. */
export const TriageReasonSchema = Type.Object(
  {
    code: Type.String(),
    es: Type.String(),
    en: Type.String(),
    /** Signed contribution to the severity score; negative for signals that lower it ("solo una consulta"). */
    weight: Type.Number(),
  },
  { additionalProperties: false },
);
export type TriageReason = Static<typeof TriageReasonSchema>;

export const AUTOMATIC_KINDS = ["auto-reply", "bounce", "read-receipt"] as const;
export type AutomaticKind = (typeof AUTOMATIC_KINDS)[number];

export const AutomaticMailSchema = Type.Object(
  {
    kind: Type.Union(AUTOMATIC_KINDS.map((k) => Type.Literal(k))),
    /** Which signal gave it away, for the agent ("cabecera Auto-Submitted", "remitente mailer-daemon"). */
    evidence: Type.String(),
  },
  { additionalProperties: false },
);
export type AutomaticMail = Static<typeof AutomaticMailSchema>;

export const ContactDetailsSchema = Type.Object(
  {
    phones: Type.Array(Type.String()),
    company: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type ContactDetails = Static<typeof ContactDetailsSchema>;

/** The core's whole reading of one email. */
export const TriageSchema = Type.Object(
  {
    priority: PrioritySchema,
    reasons: Type.Array(TriageReasonSchema),
    evaluation: EvaluationSchema,
    evaluationReasons: Type.Array(TriageReasonSchema),
    language: LanguageSchema,
    automatic: Type.Union([AutomaticMailSchema, Type.Null()]),
    ticketReferences: Type.Array(Type.String()),
    forwardedFrom: Type.Union([PersonSchema, Type.Null()]),
    contact: ContactDetailsSchema,
    /** The problem as the customer wrote it: quotes, signatures and disclaimers removed. */
    cleanText: Type.String(),
  },
  { additionalProperties: false },
);
export type Triage = Static<typeof TriageSchema>;
