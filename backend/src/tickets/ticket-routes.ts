import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import {
  ConversationRequestSchema,
  LinkEmailSchema,
  NewNoteSchema,
  NewTicketSchema,
  ProblemSchema,
  TicketChangeSchema,
  TicketEventListSchema,
  TicketEventSchema,
  TicketItemsSchema,
  TicketListQuerySchema,
  TicketLookupRequestSchema,
  TicketLookupResponseSchema,
  TicketNumberSchema,
  TicketPageSchema,
  TicketSchema,
} from "../../../src/core/contracts";
import { notFound } from "../http/http-problem";
import type { RouteContext } from "../http/route-context";
import { ticketCreator } from "./create-ticket";
import { addNote, changeTicket, linkEmail, ticketEvents } from "./ticket-changes";
import { listTickets, lookupTickets, ticketsInConversation } from "./ticket-queries";
import { findTicket, ticketNumberOf } from "./ticket-rows";

const TicketParams = Type.Object({ number: TicketNumberSchema }, { additionalProperties: false });
const IdempotencyHeaders = Type.Object({
  "idempotency-key": Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: "^[\\x21-\\x7e]+$" })),
});
const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const tags = ["tickets"];

export function registerTicketRoutes(instance: FastifyInstance, context: RouteContext): void {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { storage, now, policy } = context;
  const { db } = storage;
  const createTicket = ticketCreator(db);

  // Static paths first in the file for the reader; Fastify prefers them over `/:number` regardless.
  app.post(
    "/api/tickets/lookup",
    { schema: { tags, body: TicketLookupRequestSchema, response: { 200: TicketLookupResponseSchema, ...problems } } },
    async (request) => ({ tickets: await lookupTickets(db, request.body.internetMessageIds) }),
  );

  app.post(
    "/api/tickets/by-conversation",
    { schema: { tags, body: ConversationRequestSchema, response: { 200: TicketItemsSchema, ...problems } } },
    async (request) => ({ items: await ticketsInConversation(db, request.body.conversationId) }),
  );

  app.post(
    "/api/tickets",
    {
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: NewTicketSchema,
        response: { 200: TicketSchema, 201: TicketSchema, ...problems },
      },
    },
    async (request, reply) => {
      const idempotencyKey = request.headers["idempotency-key"] ?? null;
      const command = { ticket: request.body, agent: request.agent, idempotencyKey, now: now(), policy };
      const result = await createTicket(command);
      return reply.code(result.created ? 201 : 200).send(result.ticket);
    },
  );

  app.get(
    "/api/tickets",
    { schema: { tags, querystring: TicketListQuerySchema, response: { 200: TicketPageSchema, ...problems } } },
    (request) => listTickets(db, request.query, now()),
  );

  app.get(
    "/api/tickets/:number",
    { schema: { tags, params: TicketParams, response: { 200: TicketSchema, ...problems } } },
    async (request) => {
      const ticket = await findTicket(db, mustNumber(request.params.number));
      if (!ticket) throw notFound("ticket");
      return ticket;
    },
  );

  app.patch(
    "/api/tickets/:number",
    { schema: { tags, params: TicketParams, body: TicketChangeSchema, response: { 200: TicketSchema, ...problems } } },
    async (request) => {
      const ticket = await changeTicket(db, mustNumber(request.params.number), request.body, request.agent, now());
      if (!ticket) throw notFound("ticket");
      return ticket;
    },
  );

  app.get(
    "/api/tickets/:number/events",
    { schema: { tags, params: TicketParams, response: { 200: TicketEventListSchema, ...problems } } },
    async (request) => {
      const number = mustNumber(request.params.number);
      if (!(await findTicket(db, number))) throw notFound("ticket");
      return { events: await ticketEvents(db, number) };
    },
  );

  app.post(
    "/api/tickets/:number/notes",
    { schema: { tags, params: TicketParams, body: NewNoteSchema, response: { 201: TicketEventSchema, ...problems } } },
    async (request, reply) => {
      const event = await addNote(db, mustNumber(request.params.number), request.body.text, request.agent, now());
      return reply.code(201).send(event);
    },
  );

  app.post(
    "/api/tickets/:number/emails",
    {
      schema: {
        tags,
        params: TicketParams,
        body: LinkEmailSchema,
        response: { 200: TicketEventSchema, 201: TicketEventSchema, ...problems },
      },
    },
    async (request, reply) => {
      const result = await linkEmail(db, mustNumber(request.params.number), request.body, request.agent, now());
      return reply.code(result.created ? 201 : 200).send(result.event);
    },
  );
}

function mustNumber(text: string): number {
  const number = ticketNumberOf(text);
  if (number === null) throw notFound("ticket");
  return number;
}
