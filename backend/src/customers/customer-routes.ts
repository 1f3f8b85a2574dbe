import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import {
  CustomerMatchRequestSchema,
  CustomerMatchResponseSchema,
  CustomerSchema,
  CustomerUpdateSchema,
  NewCustomerSchema,
  ProblemSchema,
  ProblemTypes,
} from "../../../src/core/contracts";
import { HttpProblem, notFound } from "../http/http-problem";
import type { RouteContext } from "../http/route-context";
import { createCustomer, findCustomerById, updateCustomer } from "./customer-store";
import { matchCustomers } from "./match-customers";

const CustomerParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

export function registerCustomerRoutes(instance: FastifyInstance, { storage, now }: RouteContext): void {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = storage;

  // POST, not GET: names and addresses stay out of URLs, browser history and access logs.
  app.post(
    "/api/customers/match",
    {
      schema: {
        tags: ["customers"],
        body: CustomerMatchRequestSchema,
        response: { 200: CustomerMatchResponseSchema, ...problems },
      },
    },
    async (request) => ({ matches: await matchCustomers(db, request.body) }),
  );

  app.post(
    "/api/customers",
    { schema: { tags: ["customers"], body: NewCustomerSchema, response: { 201: CustomerSchema, ...problems } } },
    async (request, reply) => {
      const result = await createCustomer(db, request.body, now());
      if (!result.created) {
        throw new HttpProblem(
          409,
          ProblemTypes.customerExists,
          "El cliente ya existe / Customer already exists",
          "Ya hay un cliente con esta dirección / A customer with this address exists",
          { customer: result.customer },
        );
      }
      return reply.code(201).send(result.customer);
    },
  );

  app.get(
    "/api/customers/:id",
    { schema: { tags: ["customers"], params: CustomerParams, response: { 200: CustomerSchema, ...problems } } },
    async (request) => {
      const customer = await findCustomerById(db, request.params.id);
      if (!customer) throw notFound("customer");
      return customer;
    },
  );

  app.patch(
    "/api/customers/:id",
    {
      schema: {
        tags: ["customers"],
        params: CustomerParams,
        body: CustomerUpdateSchema,
        response: { 200: CustomerSchema, ...problems },
      },
    },
    async (request) => {
      const customer = await updateCustomer(db, request.params.id, request.body, now());
      if (!customer) throw notFound("customer");
      return customer;
    },
  );
}
