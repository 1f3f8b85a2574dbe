import { performance } from "node:perf_hooks";
import { Pool } from "undici";
import { Latencies, round, sleep } from "./latency";

export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A label to count statuses per kind of request (mixed traffic). */
  kind?: string;
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  per_second: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Status codes seen, e.g. { "201": 9000 }; per kind when requests carry one ("create 201"). */
  statuses: Record<string, number>;
}

/** A keep-alive client to one loopback origin (undici's pool), the same for our server and the bare Fastify. */
export class BenchClient {
  private readonly pool: Pool;

  constructor(
    origin: string,
    private readonly headers: Record<string, string>,
    connections = 64,
  ) {
    this.pool = new Pool(origin, { connections, pipelining: 1 });
  }

  async send(request: BenchRequest): Promise<{ status: number; body: unknown }> {
    const response = await this.pool.request({
      method: request.method,
      path: request.path,
      headers: {
        ...this.headers,
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.body.text();
    return { status: response.statusCode, body: text ? (JSON.parse(text) as unknown) : null };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function figures(latencies: Latencies, statuses: Record<string, number>, seconds: number): LoadFigures {
  const summary = latencies.summary();
  return {
    requests: latencies.count,
    seconds: round(seconds, 2),
    per_second: Math.round(latencies.count / seconds),
    p50_ms: summary.p50,
    p99_ms: summary.p99,
    max_ms: summary.max,
    statuses,
  };
}

function count(statuses: Record<string, number>, request: BenchRequest, status: number): void {
  const key = request.kind ? `${request.kind} ${status}` : String(status);
  statuses[key] = (statuses[key] ?? 0) + 1;
}

/**
 * Closed loop: `concurrency` callers each send the next request as soon as the previous one is answered, for at
 * most `seconds` and `maxRequests`. Measures throughput.
 */
export async function closedLoop(
  client: BenchClient,
  next: (index: number) => BenchRequest,
  options: { concurrency: number; seconds: number; maxRequests: number },
): Promise<LoadFigures> {
  const latencies = new Latencies();
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  let issued = 0;

  const caller = async (): Promise<void> => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      const request = next(issued++);
      const sent = performance.now();
      const { status } = await client.send(request);
      latencies.add(performance.now() - sent);
      count(statuses, request, status);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  return figures(latencies, statuses, (performance.now() - start) / 1000);
}

/**
 * Open loop: requests start on a fixed schedule (`rate` per second) whether or not earlier ones were answered, and
 * each latency counts from its scheduled start, so a stall shows in the figures instead of slowing the sender.
 */
export async function openLoop(
  client: BenchClient,
  next: (index: number) => BenchRequest,
  options: { rate: number; seconds: number },
): Promise<LoadFigures> {
  const latencies = new Latencies();
  const statuses: Record<string, number> = {};
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const pending: Promise<void>[] = [];
  const start = performance.now();

  for (let index = 0; index < total; index++) {
    const due = start + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);

    const request = next(index);
    pending.push(
      client.send(request).then(({ status }) => {
        latencies.add(performance.now() - due);
        count(statuses, request, status);
      }),
    );
  }
  await Promise.all(pending);
  return figures(latencies, statuses, (performance.now() - start) / 1000);
}
