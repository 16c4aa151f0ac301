// Calendar dates and local date-times as people type them ("2027-02-28", "2023-02-28T09:00"). The one
// parser every schema uses: a value is accepted only if it names a day that exists (no 31 February
// rolling into March, no 29 February outside leap years, no hour 24), checked by a round trip.

type CalendarDate = { year: number; month: number; day: number };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Years the portal deals in; anything outside is a typo, not a plan. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2027-02-28" → its parts; null for anything that is not a real calendar day. */
export function parseCalendarDate(raw: unknown): CalendarDate | null {
  if (typeof raw !== "string") return null;
  const m = DATE.exec(raw.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Round trip: the day written back must be the day read.
  const back = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  return back === m[0] ? { year, month, day } : null;
}

/** Whether `raw` is a real calendar day written as YYYY-MM-DD. */
export const isCalendarDate = (raw: unknown): raw is string => parseCalendarDate(raw) !== null;

/** "2023-02-28T09:00" (seconds optional) → normalised "2023-02-28T09:00"; null unless the day and time exist. */
export function parseLocalDateTime(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const m = DATE_TIME.exec(raw.trim());
  if (!m) return null;
  if (!parseCalendarDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
}
