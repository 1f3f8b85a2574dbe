import { Type, type Static } from "@sinclair/typebox";
import { Limits } from "./domain";

const Name = Type.String({ minLength: 1, maxLength: Limits.name });
const Email = Type.String({ minLength: 3, maxLength: Limits.email, format: "email" });
const Phone = Type.String({ maxLength: Limits.phone });
const Company = Type.String({ maxLength: Limits.company });

export const CustomerSchema = Type.Object(
  {
    id: Type.String(),
    name: Name,
    email: Email,
    phone: Type.Union([Phone, Type.Null()]),
    company: Type.Union([Company, Type.Null()]),
    createdAt: Type.String({ format: "date-time" }),
    updatedAt: Type.String({ format: "date-time" }),
  },
  { additionalProperties: false },
);
export type Customer = Static<typeof CustomerSchema>;

export const NewCustomerSchema = Type.Object(
  {
    name: Name,
    email: Email,
    phone: Type.Optional(Phone),
    company: Type.Optional(Company),
  },
  { additionalProperties: false },
);
export type NewCustomer = Static<typeof NewCustomerSchema>;

export const CustomerUpdateSchema = Type.Object(
  {
    name: Type.Optional(Name),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
    company: Type.Optional(Type.Union([Company, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type CustomerUpdate = Static<typeof CustomerUpdateSchema>;

export const MATCH_REASONS = ["email", "domain", "name"] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export const CustomerMatchRequestSchema = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: Limits.email })),
    name: Type.Optional(Type.String({ maxLength: Limits.name })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);
export type CustomerMatchRequest = Static<typeof CustomerMatchRequestSchema>;

export const CustomerMatchSchema = Type.Object(
  {
    customer: CustomerSchema,
    reason: Type.Union(MATCH_REASONS.map((r) => Type.Literal(r))),
    /** 1 for the same address; lower for a shared company domain or a similar name. */
    score: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);
export type CustomerMatch = Static<typeof CustomerMatchSchema>;

export const CustomerMatchResponseSchema = Type.Object(
  { matches: Type.Array(CustomerMatchSchema) },
  { additionalProperties: false },
);
export type CustomerMatchResponse = Static<typeof CustomerMatchResponseSchema>;
