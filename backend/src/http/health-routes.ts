import type { FastifyInstance } from "fastify";
import { HealthSchema, MeSchema } from "../../../src/core/contracts";
import { pingStorage } from "../storage/open-storage";
import { APP_VERSION } from "../version";
import type { RouteContext } from "./route-context";

export function registerHealthRoutes(app: FastifyInstance, { storage }: RouteContext): void {
  app.get(
    "/api/health",
    { config: { auth: false, rateLimit: false }, schema: { tags: ["service"], response: { 200: HealthSchema } } },
    async () => {
      await pingStorage(storage);
      return { status: "ok" as const, version: APP_VERSION, storage: storage.engine };
    },
  );

  app.get("/api/me", { schema: { tags: ["service"], response: { 200: MeSchema } } }, (request) => ({
    id: request.agent.id,
    name: request.agent.name,
    email: request.agent.email,
  }));
}
