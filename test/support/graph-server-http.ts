import type { IncomingMessage, ServerResponse } from "node:http";

/** HTTP plumbing of the Graph stand-in (graph-server.ts). */
export interface GraphFault {
  status: number;
  /** Sent as the Retry-After header when present. */
  retryAfter?: string;
  code?: string;
}

export function sendFault(response: ServerResponse, fault: GraphFault): void {
  if (fault.retryAfter !== undefined) response.setHeader("Retry-After", fault.retryAfter);
  sendError(response, fault.status, fault.code ?? `Status${fault.status}`, "Scripted failure.");
}

export function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  send(response, status, { error: { code, message } });
}

export function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "Content-Type": "application/json",
    // The pane calls Graph cross-origin from the browser, as it does the real Graph.
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Retry-After",
  });
  response.end(JSON.stringify(body));
}

export function preflight(response: ServerResponse): void {
  response.writeHead(204, {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, PATCH, POST",
    "Access-Control-Allow-Headers": "Authorization, Prefer, Content-Type, If-Match",
    "Access-Control-Max-Age": "600",
  });
  response.end();
}

export async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text === "" ? null : (JSON.parse(text) as unknown);
}
