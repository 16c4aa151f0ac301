// How one cell becomes text in the text formats (CSV, PDF) and how rows are walked, sync or async.
import { withoutControls } from "@/lib/forms/text";
import { formatDecimal, formatPercent } from "@/lib/format/numbers";
import { dateOnlyToUtc, dayOf, formatDate } from "@/lib/format/zones";
import { isMoment, type Cell, type ColumnKind, type ReportTable } from "../tables";

/** The calendar day a date cell shows, as "2026-11-29": a moment in its zone, a stored day as it is. */
export function cellDay(value: Date | { at: Date; zone: Parameters<typeof dayOf>[1] }): string {
  return isMoment(value) ? dayOf(value.at, value.zone) : value.toISOString().slice(0, 10);
}

/** A cell as a reader reads it (page, PDF), in the reader's language. */
export function cellText(value: Cell, kind: ColumnKind, locale: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date || isMoment(value)) return formatDate(dateOnlyToUtc(cellDay(value)), locale);
  if (typeof value === "number") return kind === "percent" ? formatPercent(value, locale) : formatDecimal(value, locale);
  return withoutControls(value);
}

export async function* eachRow(table: ReportTable): AsyncIterable<Cell[]> {
  yield* table.rows;
}

/** A file name part: lower-case ASCII letters, digits and dashes only. */
export function slugify(text: string): string {
  return text.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-").slice(0, 60) || "report";
}
