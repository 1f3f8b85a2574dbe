import { BenchClient, openLoop, type BenchRequest, type LoadFigures } from "./http-load";
import { Random } from "./random";
import { startServer } from "./server-process";
import { createRequest, emailFacts, messageId, type KnownCustomer } from "./ticket-requests";
import { typoQuery } from "./typo-queries";

/** Share of each request kind in an agent's day: mostly reading mail (match, triage), then tickets. */
const MIX: [kind: string, weight: number][] = [
  ["match", 30],
  ["triage", 20],
  ["create", 10],
  ["lookup", 15],
  ["list", 15],
  ["get", 10],
];

/** What the pane sends for one email, and the views an agent opens, drawn with fixed weights from a seed. */
function mixedRequests(customers: KnownCustomer[], seed = 11): (index: number) => BenchRequest {
  const random = new Random(seed);
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);
  let created = 0;

  return (index) => {
    const customer = customers[random.int(customers.length)];
    let roll = random.int(total);
    const kind = MIX.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? "match";
    switch (kind) {
      case "match":
        return {
          kind,
          method: "POST",
          path: "/api/customers/match",
          body: { email: customer.email, name: typoQuery(customer.name, random).query },
        };
      case "triage":
        return { kind, method: "POST", path: "/api/triage", body: emailFacts(customer, index) };
      case "create":
        return createRequest(customer, "mixed", created++);
      case "lookup": {
        const ids = Array.from({ length: 20 }, (_, i) => messageId("mixed", Math.max(0, created - i)));
        return { kind, method: "POST", path: "/api/tickets/lookup", body: { internetMessageIds: ids } };
      }
      case "list":
        return { kind, method: "GET", path: "/api/tickets?status=Pendiente&limit=25" };
      default:
        return { kind, method: "GET", path: `/api/tickets/TMP-${String(1 + random.int(300)).padStart(6, "0")}` };
    }
  };
}

/** Mixed traffic at a fixed rate (open loop) against the real server in its own process. */
export async function benchMixed(
  env: Record<string, string>,
  customers: KnownCustomer[],
  headers: Record<string, string>,
  options: { rate: number; seconds: number },
): Promise<LoadFigures> {
  const server = await startServer("app", env);
  const client = new BenchClient(server.origin, headers, 32);
  try {
    return await openLoop(client, mixedRequests(customers), options);
  } finally {
    await client.close();
    await server.stop();
  }
}
