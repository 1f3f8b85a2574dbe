import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { analyzeEmail } from "../../../src/core";
import { EmailFactsSchema, ProblemSchema, TriageSchema } from "../../../src/core/contracts";

/** The core's reading of an email, for callers that cannot run the core themselves. Nothing is stored. */
export function registerTriageRoutes(instance: FastifyInstance): void {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    "/api/triage",
    {
      schema: {
        tags: ["triage"],
        body: EmailFactsSchema,
        response: { 200: TriageSchema, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    (request) => analyzeEmail(request.body),
  );
}
