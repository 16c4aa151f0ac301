// How one cell becomes text in the text formats (CSV, PDF) and how rows are walked, sync or async.
import type { Cell, ColumnKind, ReportTable } from "../tables";

export function cellText(value: Cell, kind: ColumnKind, locale: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    const text = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value);
    return kind === "percent" ? `${text}%` : text;
  }
  return value;
}

export async function* eachRow(table: ReportTable): AsyncIterable<Cell[]> {
  yield* table.rows;
}

/** A file name part: lower-case ASCII letters, digits and dashes only. */
export function slugify(text: string): string {
  return text.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-").slice(0, 60) || "report";
}
