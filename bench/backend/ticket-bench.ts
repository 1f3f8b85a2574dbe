import { BenchClient, closedLoop, openLoop, type BenchRequest, type LoadFigures } from "./http-load";
import { Latencies } from "./latency";
import { startServer } from "./server-process";
import { createRequest, type KnownCustomer } from "./ticket-requests";

export interface TicketFigures {
  create_throughput: LoadFigures;
  /** Server CPU time per create in the closed loop: what a create costs, which load on the machine cannot inflate. */
  create_server_cpu_us: number;
  create_at_200_per_s: LoadFigures;
  repeated_create_p50_ms: number;
  repeated_create_p99_ms: number;
  /** Status codes of the repeated creates: all 200 when the same email is answered with its ticket. */
  repeated_create_statuses: Record<string, number>;
  empty_route_throughput: LoadFigures;
  empty_route_server_cpu_us: number;
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
    const cpuBefore = await server.cpuMicros();
    const create_throughput = await closedLoop(client, creates(customers, "throughput"), {
      concurrency: settings.concurrency,
      seconds: settings.throughputSeconds,
      maxRequests: 100_000,
    });
    const create_server_cpu_us = cpuPerRequest(cpuBefore, await server.cpuMicros(), create_throughput);
    const create_at_200_per_s = await openLoop(client, creates(customers, "steady"), {
      rate: 200,
      seconds: settings.openLoopSeconds,
    });
    const repeated = await repeatedCreate(client, customers[0], settings.repeats);
    await client.close();

    return {
      create_throughput,
      create_server_cpu_us,
      create_at_200_per_s,
      ...repeated,
      ...(await benchEmpty(settings)),
    };
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
function cpuPerRequest(before: number, after: number, load: LoadFigures): number {
  return Math.round((after - before) / Math.max(1, load.requests));
}

async function benchEmpty(settings: HttpSettings) {
  const server = await startServer("empty");
  const client = new BenchClient(server.origin, {}, settings.concurrency);
  try {
    const next = (): BenchRequest => ({ method: "GET", path: "/empty" });
    await closedLoop(client, next, { concurrency: 8, seconds: 10, maxRequests: WARM_UP });
    const cpuBefore = await server.cpuMicros();
    const empty_route_throughput = await closedLoop(client, next, {
      concurrency: settings.concurrency,
      seconds: settings.throughputSeconds,
      maxRequests: 200_000,
    });
    const empty_route_server_cpu_us = cpuPerRequest(cpuBefore, await server.cpuMicros(), empty_route_throughput);
    return { empty_route_throughput, empty_route_server_cpu_us };
  } finally {
    await client.close();
    await server.stop();
  }
}
