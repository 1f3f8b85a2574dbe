import { Type, type Static } from "@sinclair/typebox";

const PROBLEM_BASE = "https://ticketmasterpro.example/problems/";

/** Stable problem types: clients branch on these URIs, never on titles or details. */
export const ProblemTypes = {
  validation: `${PROBLEM_BASE}validation`,
  malformedBody: `${PROBLEM_BASE}malformed-body`,
  payloadTooLarge: `${PROBLEM_BASE}payload-too-large`,
  unsupportedMediaType: `${PROBLEM_BASE}unsupported-media-type`,
  unauthorized: `${PROBLEM_BASE}unauthorized`,
  forbidden: `${PROBLEM_BASE}forbidden`,
  notFound: `${PROBLEM_BASE}not-found`,
  customerExists: `${PROBLEM_BASE}customer-exists`,
  customerNotFound: `${PROBLEM_BASE}customer-not-found`,
  ticketNotFound: `${PROBLEM_BASE}ticket-not-found`,
  emailAlreadyLinked: `${PROBLEM_BASE}email-already-linked`,
  invalidTransition: `${PROBLEM_BASE}invalid-transition`,
  idempotencyKeyReused: `${PROBLEM_BASE}idempotency-key-reused`,
  rateLimited: `${PROBLEM_BASE}rate-limited`,
  internal: `${PROBLEM_BASE}internal`,
} as const;
export type ProblemType = (typeof ProblemTypes)[keyof typeof ProblemTypes];

/** RFC 9457 problem details, plus the correlation id that ties the answer to the server's log line. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String()),
    correlationId: Type.String(),
  },
  { additionalProperties: true },
);
export type Problem = Static<typeof ProblemSchema> & Record<string, unknown>;
