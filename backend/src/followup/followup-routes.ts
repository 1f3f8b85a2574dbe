import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import {
  DigestSchema,
  FollowUpQuerySchema,
  FollowUpSchema,
  ProblemSchema,
  type Ticket,
} from "../../../src/core/contracts";
import type { RouteContext } from "../http/route-context";
import { openTickets } from "../tickets/ticket-queries";

/** Step 7: open tickets by urgency, split as an agent plans the day (overdue, due today, later). */
export function registerFollowUpRoutes(instance: FastifyInstance, { storage, policy, now }: RouteContext): void {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const timeZone = policy.serviceLevels.timeZone;

  app.get(
    "/api/followup",
    {
      schema: {
        tags: ["follow-up"],
        querystring: FollowUpQuerySchema,
        response: { 200: FollowUpSchema, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      const mine = (request.query.scope ?? "mine") === "mine";
      const tickets = await openTickets(storage.db, mine ? request.agent.id : null);
      return splitByDueTime(tickets, now(), timeZone);
    },
  );

  app.get(
    "/api/digest",
    { schema: { tags: ["follow-up"], response: { 200: DigestSchema, 401: ProblemSchema } } },
    async (request) => {
      const { overdue, dueToday } = splitByDueTime(await openTickets(storage.db, request.agent.id), now(), timeZone);
      const { id, name, email } = request.agent;
      return { agent: { id, name, email }, overdue, dueToday };
    },
  );
}

export function splitByDueTime(tickets: Ticket[], now: Date, timeZone: string) {
  const localDay = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const today = localDay.format(now);
  const split = { overdue: [] as Ticket[], dueToday: [] as Ticket[], later: [] as Ticket[] };

  for (const ticket of tickets) {
    const due = new Date(ticket.dueAt);
    if (due.getTime() < now.getTime()) split.overdue.push(ticket);
    else if (localDay.format(due) === today) split.dueToday.push(ticket);
    else split.later.push(ticket);
  }
  return split;
}
