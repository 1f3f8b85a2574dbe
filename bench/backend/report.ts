import type { LoadFigures } from "./http-load";
import type { MatchFigures } from "./match-bench";
import type { TicketFigures } from "./ticket-bench";

export interface EngineFigures {
  customers: number;
  load_seconds: number;
  match?: MatchFigures;
  tickets?: TicketFigures;
  mixed?: LoadFigures;
}

interface Row {
  figure: string;
  value: number | string;
  target: string;
  met?: boolean;
}

const within = (value: number | undefined, limit: number) => (value === undefined ? undefined : value <= limit);
const below = (value: number | undefined, limit: number) => (value === undefined ? undefined : value < limit);

/** The targets next to the measured figures, one row per figure. */
export function rows(figures: EngineFigures): Row[] {
  const { match, tickets, mixed } = figures;
  const result: Row[] = [
    { figure: "customers loaded", value: figures.customers, target: "1,000,000" },
    { figure: "bulk load with indexes (s)", value: figures.load_seconds, target: "" },
  ];
  if (match) {
    result.push(
      { figure: "fuzzy name match p50 (ms)", value: match.name_match_p50_ms, target: "" },
      {
        figure: "fuzzy name match p99 (ms)",
        value: match.name_match_p99_ms,
        target: "≤ 10",
        met: within(match.name_match_p99_ms, 10),
      },
      {
        figure: "name recall@10",
        value: match.name_recall_at_10,
        target: "≥ 0.97",
        met: match.name_recall_at_10 >= 0.97,
      },
      { figure: "name recall@10, same-name twins", value: match.name_recall_at_10_with_twins, target: "" },
      {
        figure: "exact address match p99 (ms)",
        value: match.address_match_p99_ms,
        target: "≤ 1",
        met: within(match.address_match_p99_ms, 1),
      },
    );
  }
  if (tickets) {
    const ratio = tickets.create_throughput.per_second / tickets.empty_route_throughput.per_second;
    result.push(
      {
        figure: "ticket creates/s",
        value: tickets.create_throughput.per_second,
        target: "≥ 3000",
        met: tickets.create_throughput.per_second >= 3000,
      },
      {
        figure: "server CPU per create (µs)",
        value: tickets.create_server_cpu_us,
        target: "≤ 333",
        met: tickets.create_server_cpu_us <= 333,
      },
      {
        figure: "create p99 at 200/s (ms)",
        value: tickets.create_at_200_per_s.p99_ms,
        target: "< 10",
        met: below(tickets.create_at_200_per_s.p99_ms, 10),
      },
      {
        figure: "repeated create p99 (ms)",
        value: tickets.repeated_create_p99_ms,
        target: "< 5",
        met: below(tickets.repeated_create_p99_ms, 5),
      },
      { figure: "empty Fastify route requests/s", value: tickets.empty_route_throughput.per_second, target: "" },
      { figure: "server CPU per empty request (µs)", value: tickets.empty_route_server_cpu_us, target: "" },
      { figure: "creates / empty route", value: Math.round(ratio * 1000) / 1000, target: "" },
    );
  }
  if (mixed) {
    result.push({
      figure: `mixed ${Math.round(mixed.requests / mixed.seconds)}/s p99 (ms)`,
      value: mixed.p99_ms,
      target: "< 50",
      met: below(mixed.p99_ms, 50),
    });
  }
  return result;
}

export function table(all: Record<string, EngineFigures>): string {
  const lines = [["engine", "figure", "value", "target", "met"]];
  for (const [engine, figures] of Object.entries(all)) {
    for (const row of rows(figures)) {
      const met = row.met === undefined ? "" : row.met ? "yes" : "NO";
      lines.push([engine, row.figure, String(row.value), row.target, met]);
    }
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  return lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column])).join("  ")).join("\n");
}
