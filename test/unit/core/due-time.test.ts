import { computeDueTime, DEFAULT_SERVICE_LEVELS, describeDueTime, type ServiceLevelPolicy } from "../../../src/core";

const madrid = DEFAULT_SERVICE_LEVELS;

describe("computeDueTime with the default policy (Madrid, Mon–Fri 09:00–18:00)", () => {
  it.each([
    ["Urgente on a Tuesday morning", "2026-12-01T09:00:00Z", "Urgente", "2026-12-01T13:00:00.000Z"],
    ["Urgente late on a Friday, over the weekend", "2026-12-04T16:00:00Z", "Urgente", "2026-12-07T11:00:00.000Z"],
    ["Urgente before opening", "2026-12-01T06:00:00Z", "Urgente", "2026-12-01T12:00:00.000Z"],
    ["Urgente after closing", "2026-12-01T19:30:00Z", "Urgente", "2026-12-02T12:00:00.000Z"],
    ["Urgente on a Saturday", "2026-12-05T10:00:00Z", "Urgente", "2026-12-07T12:00:00.000Z"],
    ["Urgente exactly at closing time", "2026-12-01T17:00:00Z", "Urgente", "2026-12-02T12:00:00.000Z"],
    ["Alta: one business day later", "2026-12-01T09:30:00Z", "Alta", "2026-12-02T09:30:00.000Z"],
    ["Alta at opening: due at closing", "2026-12-01T08:00:00Z", "Alta", "2026-12-01T17:00:00.000Z"],
    ["Media: three business days", "2026-12-02T08:00:00Z", "Media", "2026-12-04T17:00:00.000Z"],
    ["Baja: five business days", "2026-12-07T08:00:00Z", "Baja", "2026-12-11T17:00:00.000Z"],
    ["across the spring DST change", "2026-03-27T15:00:00Z", "Urgente", "2026-03-30T09:00:00.000Z"],
    ["across the autumn DST change", "2026-10-23T15:00:00Z", "Media", "2026-10-28T16:00:00.000Z"],
  ])("%s", (_, received, priority, expected) => {
    const due = computeDueTime(new Date(received), priority as "Urgente", madrid);

    expect(due.toISOString()).toBe(expected);
  });

  it("skips holidays", () => {
    const policy: ServiceLevelPolicy = { ...madrid, holidays: ["2026-12-07", "2026-12-08"] };

    const due = computeDueTime(new Date("2026-12-04T16:00:00Z"), "Urgente", policy);

    expect(due.toISOString()).toBe("2026-12-09T11:00:00.000Z");
  });

  it("uses the policy's own time zone and hours", () => {
    const policy: ServiceLevelPolicy = {
      ...madrid,
      timeZone: "America/Mexico_City",
      businessDays: [1, 2, 3, 4, 5, 6],
      businessHours: { start: "08:00", end: "14:00" },
    };

    const due = computeDueTime(new Date("2026-12-05T19:00:00Z"), "Urgente", policy);

    expect(due.toISOString()).toBe("2026-12-07T17:00:00.000Z");
  });

  it.each([
    ["no business days", { ...madrid, businessDays: [] }],
    ["hours that end before they start", { ...madrid, businessHours: { start: "18:00", end: "09:00" } }],
    ["an unknown time zone", { ...madrid, timeZone: "Mars/Olympus" }],
  ])("refuses a policy with %s", (_, policy) => {
    expect(() => computeDueTime(new Date("2026-12-01T10:00:00Z"), "Alta", policy)).toThrow(RangeError);
  });
});

describe("describeDueTime", () => {
  const now = new Date("2026-12-01T10:00:00Z");

  it.each([
    ["a later day in Spanish", "2026-12-03T17:00:00Z", "es", "el jueves 3 de diciembre antes de las 18:00"],
    ["a later day in English", "2026-12-03T17:00:00Z", "en", "by Thursday 3 December, 6 pm"],
    ["the same day in Spanish", "2026-12-01T12:30:00Z", "es", "hoy antes de las 13:30"],
    ["the same day in English", "2026-12-01T12:30:00Z", "en", "by 1:30 pm today"],
    ["one in the morning in Spanish", "2026-12-02T00:00:00Z", "es", "el miércoles 2 de diciembre antes de la 1:00"],
    ["noon in English", "2026-12-02T11:00:00Z", "en", "by Wednesday 2 December, 12 pm"],
    ["next year in Spanish", "2027-01-04T10:00:00Z", "es", "el lunes 4 de enero de 2027 antes de las 11:00"],
    ["next year in English", "2027-01-04T10:00:00Z", "en", "by Monday 4 January 2027, 11 am"],
  ])("phrases %s", (_, due, language, expected) => {
    const text = describeDueTime(new Date(due), language as "es", "Europe/Madrid", now);

    expect(text).toBe(expected);
  });
});
