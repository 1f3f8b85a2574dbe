import type { Language } from "../contracts";
import { isoWeekday, wallTimeOf, type WallTime } from "./zoned-time";

// Our own names rather than Intl's, so the wording does not depend on the ICU data the platform ships.
const WEEKDAYS = {
  es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const MONTHS = {
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function sameDay(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function spanishTime(minutes: number): string {
  const hour = Math.floor(minutes / 60);
  const clock = `${hour}:${String(minutes % 60).padStart(2, "0")}`;
  return hour === 1 ? `la ${clock}` : `las ${clock}`;
}

function englishTime(minutes: number): string {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const suffix = hour < 12 ? "am" : "pm";
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve} ${suffix}` : `${twelve}:${String(minute).padStart(2, "0")} ${suffix}`;
}

function spanish(due: WallTime, today: boolean, withYear: boolean): string {
  if (today) return `hoy antes de ${spanishTime(due.minutes)}`;
  const weekday = WEEKDAYS.es[isoWeekday(due) - 1] ?? "";
  const year = withYear ? ` de ${due.year}` : "";
  return `el ${weekday} ${due.day} de ${MONTHS.es[due.month - 1]}${year} antes de ${spanishTime(due.minutes)}`;
}

function english(due: WallTime, today: boolean, withYear: boolean): string {
  if (today) return `by ${englishTime(due.minutes)} today`;
  const weekday = WEEKDAYS.en[isoWeekday(due) - 1] ?? "";
  const year = withYear ? ` ${due.year}` : "";
  return `by ${weekday} ${due.day} ${MONTHS.en[due.month - 1]}${year}, ${englishTime(due.minutes)}`;
}

/**
 * A due time as a person says it in the customer's time zone: "el jueves 3 de diciembre antes de las 18:00",
 * "by Thursday 3 December, 6 pm"; "hoy antes de las 13:00" on the same day; the year when it is not this one.
 */
export function describeDueTime(due: Date, language: Language, timeZone: string, now: Date = new Date()): string {
  const dueWall = wallTimeOf(due, timeZone);
  const nowWall = wallTimeOf(now, timeZone);
  const today = sameDay(dueWall, nowWall);
  const withYear = dueWall.year !== nowWall.year;
  return language === "en" ? english(dueWall, today, withYear) : spanish(dueWall, today, withYear);
}
