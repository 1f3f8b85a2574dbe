import type { Priority } from "../contracts";
import { DEFAULT_SERVICE_LEVELS, type ServiceLevelPolicy } from "./service-levels";
import { instantOf, isoDate, isoWeekday, nextDay, wallTimeOf, type WallTime } from "./zoned-time";

// Ten years of calendar days: a policy whose days are all holidays must fail, not loop forever.
const MAX_DAYS = 3660;

function minutesOf(hhmm: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes >= 0 && minutes <= 24 * 60)) throw new RangeError(`invalid business hour: ${hhmm}`);
  return minutes;
}

function isWorkingDay(wall: WallTime, policy: ServiceLevelPolicy, holidays: ReadonlySet<string>): boolean {
  return policy.businessDays.includes(isoWeekday(wall)) && !holidays.has(isoDate(wall));
}

/**
 * When a ticket received at `receivedAt` is due: its priority's target in business hours, counted only on
 * business days and within business hours of the policy's time zone, skipping holidays. A request that arrives
 * outside hours starts counting at the next opening; daylight-saving changes are handled by counting on the wall
 * clock and converting once at the end.
 */
export function computeDueTime(
  receivedAt: Date,
  priority: Priority,
  policy: ServiceLevelPolicy = DEFAULT_SERVICE_LEVELS,
): Date {
  const open = minutesOf(policy.businessHours.start);
  const close = minutesOf(policy.businessHours.end);
  if (open >= close) throw new RangeError("business hours must start before they end");
  if (Number.isNaN(receivedAt.getTime())) throw new RangeError("invalid received time");

  const holidays = new Set(policy.holidays);
  let remaining = Math.round(policy.targets[priority] * 60);
  let day = wallTimeOf(receivedAt, policy.timeZone);

  for (let n = 0; n < MAX_DAYS; n++, day = nextDay(day)) {
    if (!isWorkingDay(day, policy, holidays)) continue;
    const from = Math.max(day.minutes, open);
    const available = Math.max(0, close - from);
    if (remaining <= available && (remaining > 0 || from < close)) {
      return instantOf({ ...day, minutes: from + remaining }, policy.timeZone);
    }
    remaining -= available;
  }

  throw new RangeError("the service-level policy has no working time in the next ten years");
}
