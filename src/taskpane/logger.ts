/**
 * The pane's one logger. It takes an event name and a few plain facts (state kinds, error kinds, durations),
 * never addresses, names, bodies or tokens: callers pass only what is listed in `LogFacts`.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogFacts = Record<string, string | number | boolean | null | undefined>;

export interface LogEntry {
  level: LogLevel;
  event: string;
  facts: LogFacts;
  at: string;
}

type Sink = (entry: LogEntry) => void;

const PERSONAL = /@|bearer|eyJ/i;
const buffer: LogEntry[] = [];
const BUFFER_SIZE = 100;
let sink: Sink | null = null;

/** Where entries go besides the in-memory ring (the simulator shows them; production keeps only the ring). */
export function setLogSink(next: Sink | null): void {
  sink = next;
}

export function recentLogEntries(): readonly LogEntry[] {
  return buffer;
}

function write(level: LogLevel, event: string, facts: LogFacts = {}): void {
  const entry: LogEntry = { level, event, facts: scrub(facts), at: new Date().toISOString() };

  buffer.push(entry);
  if (buffer.length > BUFFER_SIZE) buffer.shift();
  sink?.(entry);
}

/** A last guard: a value that looks like an address or a token is dropped even if a caller slipped. */
function scrub(facts: LogFacts): LogFacts {
  return Object.fromEntries(
    Object.entries(facts).map(([key, value]) => [
      key,
      typeof value === "string" && PERSONAL.test(value) ? "[redacted]" : value,
    ]),
  );
}

export const logger = {
  debug: (event: string, facts?: LogFacts) => write("debug", event, facts),
  info: (event: string, facts?: LogFacts) => write("info", event, facts),
  warn: (event: string, facts?: LogFacts) => write("warn", event, facts),
  error: (event: string, facts?: LogFacts) => write("error", event, facts),
};
