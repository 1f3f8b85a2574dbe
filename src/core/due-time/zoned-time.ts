// Wall-clock arithmetic in an IANA time zone with the platform's Intl data, so core needs no date library.

export type WallTime = { year: number; month: number; day: number; minutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * Due-time arithmetic asks the same instants again and again (midnights, opening hours) and formatToParts is slow,
 * so answers are kept per zone and exact instant; the cache is emptied when full rather than managed.
 */
const wallTimes = new Map<string, WallTime>();
const WALL_TIME_CACHE_SIZE = 4096;

/** The wall-clock date and minute of the day of an instant in a time zone. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const key = `${timeZone}|${instant.getTime()}`;
  const cached = wallTimes.get(key);
  if (cached) return { ...cached };

  const wall = formatWallTime(instant, timeZone);
  if (wallTimes.size >= WALL_TIME_CACHE_SIZE) wallTimes.clear();
  wallTimes.set(key, wall);
  return { ...wall };
}

function formatWallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const hour = (parts.hour ?? 0) % 24;
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    minutes: hour * 60 + (parts.minute ?? 0),
  };
}

function offsetMs(instant: number, timeZone: string): number {
  const wall = wallTimeOf(new Date(instant), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** The instant at which a wall clock in the zone shows this date and minute (DST-aware, two refinements). */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
  let guess = asUtc - offsetMs(asUtc, timeZone);
  guess = asUtc - offsetMs(guess, timeZone);
  return new Date(guess);
}

/** ISO weekday, 1 = Monday … 7 = Sunday, of a calendar date. */
export function isoWeekday(wall: WallTime): number {
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The next calendar date, at midnight. */
export function nextDay(wall: WallTime): WallTime {
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), minutes: 0 };
}

export function isoDate(wall: WallTime): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}
