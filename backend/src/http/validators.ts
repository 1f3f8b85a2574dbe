import Ajv, { type Options } from "ajv";
import ajvFormats from "ajv-formats";
import type { FastifyInstance, FastifySchema } from "fastify";

const common: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

/**
 * Two validators: URLs and headers only carry text, so `?limit=20` and `?status=x` (a list of one) are coerced;
 * bodies are JSON and are taken literally, so a number sent where a string belongs is a 400, not a silent fix.
 * Unknown fields are rejected in both, never dropped.
 */
export function registerValidators(app: FastifyInstance): void {
  const coercing = ajvFormats(new Ajv({ ...common, coerceTypes: "array" }));
  const literal = ajvFormats(new Ajv({ ...common, coerceTypes: false }));

  app.setValidatorCompiler<FastifySchema>(({ schema, httpPart }) =>
    httpPart === "body" ? literal.compile(schema) : coercing.compile(schema),
  );
}
