import { ProblemTypes, type ProblemType } from "../../../src/core/contracts";

/** A failure the client can act on; the error handler turns it into `application/problem+json`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(title);
    this.name = "HttpProblem";
  }
}

export const notFound = (what: "customer" | "ticket", detail?: string): HttpProblem =>
  what === "customer"
    ? new HttpProblem(404, ProblemTypes.customerNotFound, "Cliente no encontrado / Customer not found", detail)
    : new HttpProblem(404, ProblemTypes.ticketNotFound, "Ticket no encontrado / Ticket not found", detail);
