import type { Priority } from "../contracts";

export type ServiceLevelPolicy = {
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  businessDays: number[];
  businessHours: { start: string; end: string };
  /** Local dates, YYYY-MM-DD, on which nobody works. */
  holidays: string[];
  /** Business hours from receipt to resolution, per priority. */
  targets: Record<Priority, number>;
};

const BUSINESS_DAY_HOURS = 9;

export const DEFAULT_SERVICE_LEVELS: ServiceLevelPolicy = {
  timeZone: "Europe/Madrid",
  businessDays: [1, 2, 3, 4, 5],
  businessHours: { start: "09:00", end: "18:00" },
  holidays: [],
  targets: {
    Urgente: 4,
    Alta: BUSINESS_DAY_HOURS,
    Media: 3 * BUSINESS_DAY_HOURS,
    Baja: 5 * BUSINESS_DAY_HOURS,
  },
};
