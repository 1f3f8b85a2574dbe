/** The support agent behind a request, taken from the access token and never from the request body. */
export interface Agent {
  /** Stable id: the token's `oid` (Entra ID) or the development agent's id. */
  id: string;
  name: string;
  /** Used only to address follow-up digests; never written to logs. */
  email: string;
  tenantId: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    agent: Agent;
  }
}
