import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";

/** The OpenAPI description is generated from the very schemas that validate requests and responses. */
export async function registerOpenApi(app: FastifyInstance, version: string, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "TicketMasterPro API", version },
      servers: [{ url: publicUrl }],
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
  });
}

export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get("/api/openapi.json", { config: { auth: false }, schema: { hide: true } }, () => app.swagger());
}
