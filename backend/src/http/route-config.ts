/** Per-route options read by the app-wide hooks. */
declare module "fastify" {
  interface FastifyContextConfig {
    /** `false` for the few routes that answer without a bearer token (health, the OpenAPI description, files). */
    auth?: boolean;
  }
}

export {};
