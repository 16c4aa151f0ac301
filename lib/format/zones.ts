// Indonesia's time zones have no daylight saving: fixed offsets are exact.
const ZONES = {
  WIB: { iana: "Asia/Jakarta", offsetHours: 7 },
  WITA: { iana: "Asia/Makassar", offsetHours: 8 },
  WIT: { iana: "Asia/Jayapura", offsetHours: 9 },
} as const;
export type ZoneCode = keyof typeof ZONES;

const pad = (n: number) => String(n).padStart(2, "0");

/** "2023-02-28" → the UTC instant of midnight of that calendar date (date-only values). */
export function dateOnlyToUtc(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** The instant `days` days before now. */
export function daysAgo(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

export function utcToDateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2023-02-28T09:00" as local time in the zone → UTC instant. */
export function localToUtc(value: string, zone: ZoneCode): Date {
  const [d, t = "00:00"] = value.split("T");
  const utc = new Date(`${d}T${t.length === 5 ? `${t}:00` : t}.000Z`);
  return new Date(utc.getTime() - ZONES[zone].offsetHours * 3_600_000);
}

/** UTC instant → "2023-02-28T09:00" local time in the zone, for a datetime-local input. */
export function utcToLocalInput(date: Date, zone: ZoneCode): string {
  const local = new Date(date.getTime() + ZONES[zone].offsetHours * 3_600_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** Start and end (exclusive) of a date-only range in a zone, as UTC instants. */
export function localDayBounds(startsOn: Date, endsOn: Date, zone: ZoneCode): { from: Date; until: Date } {
  const offset = ZONES[zone].offsetHours * 3_600_000;
  return { from: new Date(startsOn.getTime() - offset), until: new Date(endsOn.getTime() + 86_400_000 - offset) };
}

/**
 * A calendar date as stored (UTC midnight of the day: milestones, forum days, report dates):
 * "28 Februari 2023" / "28 February 2023". For an instant use formatDayOf with its zone.
 */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** Today's calendar date in a zone, as UTC midnight (how date-only values are stored). */
export function todayIn(zone: ZoneCode, now = new Date()): Date {
  return dateOnlyToUtc(dayOf(now, zone));
}

/** The calendar day an instant falls on in a zone, as "2026-11-29". */
export function dayOf(instant: Date, zone: ZoneCode): string {
  return new Date(instant.getTime() + ZONES[zone].offsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** The calendar day of an instant in a zone, as people read it: "29 November 2026". */
export function formatDayOf(instant: Date, zone: ZoneCode, locale: string): string {
  return formatDate(dateOnlyToUtc(dayOf(instant, zone)), locale);
}

/** An instant with the zone's offset, for open data: "2026-11-29T06:30:00+07:00". */
export function isoWithOffset(instant: Date, zone: ZoneCode): string {
  const local = new Date(instant.getTime() + ZONES[zone].offsetHours * 3_600_000).toISOString().slice(0, 19);
  return `${local}+${pad(ZONES[zone].offsetHours)}:00`;
}

const dateTimeFormat = (locale: string, zone: ZoneCode) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeStyle: "short", timeZone: ZONES[zone].iana });

export function formatDateTime(date: Date, locale: string, zone: ZoneCode): string {
  return `${dateTimeFormat(locale, zone).format(date)} ${zone}`;
}

/**
 * A span of time in a zone, the day said once when both ends fall on it: "28 Februari 2023 09.00–10.30
 * WIB"; without an end, its start alone.
 */
export function formatDateTimeRange(start: Date, end: Date | null, locale: string, zone: ZoneCode): string {
  return end ? `${dateTimeFormat(locale, zone).formatRange(start, end)} ${zone}` : formatDateTime(start, locale, zone);
}
