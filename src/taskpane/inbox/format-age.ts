import type { Language } from "../../core/contracts";

export interface AgeWords {
  justNow: string;
  minutes: (n: number) => string;
  hours: (n: number) => string;
  days: (n: number) => string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "hace 3 h": how long ago, in the largest whole unit; used for emails and tickets alike. */
export function formatAge(sinceIso: string, now: number, words: AgeWords): string {
  const elapsed = now - Date.parse(sinceIso);
  if (!Number.isFinite(elapsed) || elapsed < MINUTE) return words.justNow;
  if (elapsed < HOUR) return words.minutes(Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return words.hours(Math.floor(elapsed / HOUR));
  return words.days(Math.floor(elapsed / DAY));
}

/** A span without "ago", for how late a ticket is: "2 h 15 min", "3 d 4 h" (the same units in both languages). */
export function formatSpan(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);

  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${Math.max(1, minutes)} min`;
}

/** The received time as the agent reads it in Outlook: day, month, hour and minute in the pane's language. */
export function formatReceived(iso: string, language: Language): string {
  const locale = language === "en" ? "en-GB" : "es-ES";
  const format = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : format.format(date);
}
