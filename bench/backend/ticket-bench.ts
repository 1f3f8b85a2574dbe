import { BenchClient, closedLoop, openLoop, type BenchRequest, type LoadFigures } from "./http-load";
import { Latencies } from "./latency";
import { startServer } from "./server-process";
import { createRequest, type KnownCustomer } from "./ticket-requests";

export interface TicketFigures {
  create_throughput: LoadFigures;
  create_at_200_per_s: LoadFigures;
  repeated_create_p50_ms: number;
  repeated_create_p99_ms: number;
  /** Status codes of the repeated creates: all 200 when the same email is answered with its ticket. */
  repeated_create_statuses: Record<string, number>;
  empty_route_throughput: LoadFigures;
}

export interface HttpSettings {
  concurrency: number;
  throughputSeconds: number;
  openLoopSeconds: number;
  repeats: number;
}

const WARM_UP = 300;

/** Each customer in turn, so tickets spread over customers as they do in a real queue. */
function creates(customers: KnownCustomer[], series: string): (index: number) => BenchRequest {
  return (index) => createRequest(customers[index % customers.length], series, index);
}

/** Ticket creation over HTTP against the real server in its own process, then the bare Fastify for comparison. */
export async function benchTickets(
  env: Record<string, string>,
  customers: KnownCustomer[],
  headers: Record<string, string>,
  settings: HttpSettings,
): Promise<TicketFigures> {
  const server = await startServer("app", env);
  const client = new BenchClient(server.origin, headers, settings.concurrency);
  try {
    await closedLoop(client, creates(customers, "warm"), { concurrency: 8, seconds: 10, maxRequests: WARM_UP });
    const create_throughput = await closedLoop(client, creates(customers, "throughput"), {
      concurrency: settings.concurrency,
      seconds: settings.throughputSeconds,
      maxRequests: 100_000,
    });
    const create_at_200_per_s = await openLoop(client, creates(customers, "steady"), {
      rate: 200,
      seconds: settings.openLoopSeconds,
    });
    const repeated = await repeatedCreate(client, customers[0], settings.repeats);
    await client.close();

    return { create_throughput, create_at_200_per_s, ...repeated, empty_route_throughput: await benchEmpty(settings) };
  } finally {
    await server.stop();
  }
}

/** The same email sent again and again, one at a time: each answer is the ticket made by the first. */
async function repeatedCreate(client: BenchClient, customer: KnownCustomer, repeats: number) {
  const request = createRequest(customer, "repeat", 0);
  await client.send(request);

  const latencies = new Latencies();
  const statuses: Record<string, number> = {};
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const { status } = await client.send(request);
    latencies.add(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return {
    repeated_create_p50_ms: latencies.percentile(50),
    repeated_create_p99_ms: latencies.percentile(99),
    repeated_create_statuses: statuses,
  };
}

/** Fastify with one empty route, same client and concurrency: the ceiling of this machine for any route. */
async function benchEmpty(settings: HttpSettings): Promise<LoadFigures> {
  const server = await startServer("empty");
  const client = new BenchClient(server.origin, {}, settings.concurrency);
  try {
    const next = (): BenchRequest => ({ method: "GET", path: "/empty" });
    await closedLoop(client, next, { concurrency: 8, seconds: 10, maxRequests: WARM_UP });
    return await closedLoop(client, next, {
      concurrency: settings.concurrency,
      seconds: settings.throughputSeconds,
      maxRequests: 200_000,
    });
  } finally {
    await client.close();
    await server.stop();
  }
}
