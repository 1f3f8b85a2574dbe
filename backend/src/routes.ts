import type { FastifyInstance } from "fastify";
import { registerCustomerRoutes } from "./customers/customer-routes";
import { registerFollowUpRoutes } from "./followup/followup-routes";
import { registerHealthRoutes } from "./http/health-routes";
import type { RouteContext } from "./http/route-context";
import { registerReplyRoutes } from "./tickets/reply-routes";
import { registerTicketRoutes } from "./tickets/ticket-routes";
import { registerTriageRoutes } from "./triage/triage-routes";

/** Every API route, each group in its own module beside its use cases. */
export function registerRoutes(app: FastifyInstance, context: RouteContext): void {
  registerHealthRoutes(app, context);
  registerCustomerRoutes(app, context);
  registerTriageRoutes(app);
  registerTicketRoutes(app, context);
  registerReplyRoutes(app, context);
  registerFollowUpRoutes(app, context);
}
