import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ProblemTypes, type ProblemType } from "../../../src/core/contracts";
import { HttpProblem } from "./http-problem";

interface ProblemBody {
  type: ProblemType;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** One error contract: every failure leaves as problem+json with a correlation id; 5xx details stay in the log. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    const body = toProblem(error);
    if (body.status >= 500) request.log.error({ err: error }, "request failed");
    return sendProblem(request, reply, body);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      type: ProblemTypes.notFound,
      title: "No encontrado / Not found",
      status: 404,
    }),
  );
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemBody): FastifyReply {
  return reply
    .code(problem.status)
    .type("application/problem+json")
    .send({ ...problem, correlationId: request.id });
}

function toProblem(error: FastifyError | HttpProblem): ProblemBody {
  if (error instanceof HttpProblem) {
    const detail = error.detail === undefined ? {} : { detail: error.detail };
    return { ...error.extensions, type: error.type, title: error.title, status: error.status, ...detail };
  }
  if (error.validation) return validationProblem(error);

  const status = error.statusCode ?? 500;
  if (status >= 500) return { type: ProblemTypes.internal, title: "Error interno / Internal error", status: 500 };
  return clientProblem(status);
}

function validationProblem(error: FastifyError): ProblemBody {
  // Only where and what rule failed: the rejected value may be personal data and is never echoed.
  const errors = (error.validation ?? []).map((issue) => ({
    in: error.validationContext ?? "body",
    path: issue.instancePath || "/",
    rule: issue.keyword,
    message: issue.message ?? "invalid",
  }));
  return {
    type: ProblemTypes.validation,
    title: "Datos no válidos / Invalid request",
    status: 400,
    detail: errors.map((e) => `${e.in}${e.path} ${e.message}`).join("; "),
    errors,
  };
}

function clientProblem(status: number): ProblemBody {
  if (status === 413) {
    return { type: ProblemTypes.payloadTooLarge, title: "Petición demasiado grande / Payload too large", status };
  }
  if (status === 415) {
    return {
      type: ProblemTypes.unsupportedMediaType,
      title: "Tipo de contenido no admitido / Unsupported media type",
      status,
    };
  }
  if (status === 429) {
    return { type: ProblemTypes.rateLimited, title: "Demasiadas peticiones / Too many requests", status };
  }
  if (status === 401) return { type: ProblemTypes.unauthorized, title: "No autenticado / Unauthorized", status };
  if (status === 403) return { type: ProblemTypes.forbidden, title: "Sin permiso / Forbidden", status };
  if (status === 404) return { type: ProblemTypes.notFound, title: "No encontrado / Not found", status };

  // Unparseable JSON, empty bodies with a JSON content type and similar: the body is the problem.
  return {
    type: ProblemTypes.malformedBody,
    title: "Cuerpo de la petición no válido / Malformed request body",
    status,
  };
}
