import type { FastifyInstance } from "fastify";
import type { RouteContext } from "./http/route-context";
import { registerCustomerRoutes } from "./customers/customer-routes";
import { registerHealthRoutes } from "./http/health-routes";

/** Every API route, each group in its own module beside its use cases. */
export function registerRoutes(app: FastifyInstance, context: RouteContext): void {
  registerHealthRoutes(app, context);
  registerCustomerRoutes(app, context);
}
