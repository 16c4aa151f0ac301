// Turns report tables into a downloadable response in the format asked for. Shared by the board's
// report and the public agenda, so both behave the same: streamed, named, never cached by proxies.
import { dayOf } from "@/lib/format/zones";
import type { Locale } from "@/lib/i18n/config";
import { csvStream, INDONESIAN_CSV } from "./export/csv";
import { slugify } from "./export/cells";
import { jsonStream } from "./export/json.server";
import { pdfStream } from "./export/pdf.server";
import { xlsxStream } from "./export/xlsx.server";
import type { ExportFormat } from "./schemas";
import type { ReportTable, Translate } from "./tables";

const TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  "csv-id": "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
};

type ExportMeta = {
  title: string;
  /** File name stem, e.g. "laporan-dewan". */
  name: string;
  locale: Locale;
  t: Translate;
  filtersLine: string;
  /** Codes of the filters in force: ids, enum values and years, or null; `verified` is true or false. */
  filterCodes: Record<string, string | number | boolean | null>;
  isPublic: boolean;
  /** The line is not about filters (an edition's "frozen on … digest …"): printed as it is. */
  lineAsIs?: boolean;
};

export function exportResponse(format: ExportFormat, tables: ReportTable[], meta: ExportMeta, now = new Date()): Response {
  const stamp = dayOf(now, "WIB");
  const table = tables[0];
  const file = format === "csv" || format === "csv-id"
    ? `${meta.name}-${slugify(table.key)}-${stamp}${format === "csv-id" ? `-${meta.t("csvSemicolonSuffix")}` : ""}.csv`
    : `${meta.name}-${stamp}.${format}`;
  const body =
    format === "csv" ? csvStream(table)
    : format === "csv-id" ? csvStream(table, INDONESIAN_CSV)
    : format === "xlsx" ? xlsxStream(tables, { title: meta.title, creator: meta.t("source") })
    : format === "json" ? jsonStream(tables, { title: meta.title, generatedAt: now, locale: meta.locale, filters: meta.filterCodes, source: meta.t("source") })
    : pdfStream(tables, { title: meta.title, generatedAt: now, filtersLine: meta.lineAsIs ? meta.filtersLine : meta.t("filters", { filters: meta.filtersLine }), locale: meta.locale, author: meta.t("source"), frozen: meta.lineAsIs });
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": meta.isPublic ? "public, max-age=60" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
