import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { describeDueTime, renderReply } from "../../../src/core";
import { ProblemSchema, ReplyRequestSchema, ReplySchema, TicketNumberSchema } from "../../../src/core/contracts";
import { notFound } from "../http/http-problem";
import type { RouteContext } from "../http/route-context";
import { recordReplyDrafted } from "./ticket-changes";
import { findTicket, ticketNumberOf } from "./ticket-rows";

const TicketParams = Type.Object({ number: TicketNumberSchema }, { additionalProperties: false });

/** Step 6 of the procedure: the reply from the organisation's template, with the estimated resolution. */
export function registerReplyRoutes(instance: FastifyInstance, { storage, policy, now }: RouteContext): void {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    "/api/tickets/:number/reply",
    {
      schema: {
        tags: ["tickets"],
        params: TicketParams,
        body: ReplyRequestSchema,
        response: { 200: ReplySchema, 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const number = ticketNumberOf(request.params.number);
      const ticket = number === null ? null : await findTicket(storage.db, number);
      if (!ticket || number === null) throw notFound("ticket");

      const at = now();
      const language = request.body.language ?? ticket.language;
      const reply = renderReply(policy.replyTemplates[language], {
        customerName: ticket.customer.name,
        ticketNumber: ticket.number,
        dueText: describeDueTime(new Date(ticket.dueAt), language, policy.serviceLevels.timeZone, at),
        agentName: request.body.agentName,
        originalSubject: ticket.subject,
        language,
      });
      await recordReplyDrafted(storage.db, number, language, request.agent, at);
      return reply;
    },
  );
}
