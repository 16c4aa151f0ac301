// The printable report (board report, public agenda, agenda editions) on the official-document layout
// (lib/documents, ADR 0014): Apeksi's letterhead, page numbers, dates as people write them, tables
// whose headers are never cut inside a word (split when too wide), and a stacked bar chart wherever a
// table carries implementation figures by stage. Tagged, in the reader's language.
import type { Locale } from "@/lib/i18n/config";
import { chartAlt, statusSeries } from "@/lib/documents/charts";
import { OfficialDocument } from "@/lib/documents/layout.server";
import { documentText } from "@/lib/documents/strings";
import type { ReportTable } from "../tables";
import { cellText, eachRow } from "./cells";

/** `frozen`: the figures are of a fixed day (an edition), not "as of" the day of download. */
type PdfMeta = { title: string; filtersLine: string; locale: Locale; author: string; generatedAt: Date; frozen?: boolean };

/** The columns of a table that carry commitments by stage, in the order the bars stack them. */
const STAGE_KEYS = ["done", "inProgress", "planned", "notStarted"] as const;

export function pdfStream(tables: ReportTable[], meta: PdfMeta): ReadableStream<Uint8Array> {
  return OfficialDocument.streamLater(async () => {
    const x = await documentText(meta.locale, meta.generatedAt);
    // Summary tables only (the long lists are left out of the PDF), so holding their rows is cheap.
    const read = await Promise.all(tables.map(async (table) => {
      const rows = [];
      for await (const row of eachRow(table)) rows.push(row);
      return { table, rows };
    }));
    return {
      meta: { title: meta.title, subject: meta.title, author: meta.author, locale: meta.locale, landscape: true, strings: x.layout },
      draw: (d) => {
        d.title(meta.title);
        if (!meta.frozen) d.paragraph(x.t("asOf", { date: x.day(meta.generatedAt, "WIB") }), { after: 2 });
        d.paragraph(meta.filtersLine, { color: "#4a5361" });
        for (const { table, rows } of read) {
          d.heading(table.title);
          d.paragraph(table.summary);
          if (rows.length === 0) continue;
          // What is printed: the table's print selection, or every column.
          const shown = (table.print ?? table.columns.map((c) => c.key)).map((key) => table.columns.findIndex((c) => c.key === key)).filter((i) => i >= 0);
          const text = rows.map((row) => shown.map((i) => cellText(row[i], table.columns[i].kind, meta.locale)));
          const stages = STAGE_KEYS.map((key) => table.columns.findIndex((c) => c.key === key));
          const label = table.columns.findIndex((c) => c.kind === "text");
          if (stages.every((i) => i >= 0) && label >= 0) {
            // A leading rank (the agenda's priority, an edition's position) numbers the bars as the table does.
            const rank = table.columns[0].kind === "number" && label > 0 ? 0 : -1;
            const series = statusSeries(x);
            const bars = rows.map((row) => ({
              label: `${rank === 0 ? `${row[0]}. ` : ""}${cellText(row[label], "text", meta.locale)}`,
              values: stages.map((i) => Number(row[i] ?? 0)),
            }));
            const caption = x.t("stagesChart", { title: table.title });
            d.stackedBars({ caption, alt: chartAlt(x, caption, series, bars, table.summary), series, rows: bars });
          }
          d.table({
            caption: table.title,
            // The tables give widths in characters (for the workbook too): about five points each on paper.
            preferredWidth: shown.reduce((w, i) => w + table.columns[i].width, 0) * 5.5,
            keyColumns: table.columns[shown[0]]?.kind === "number" ? 2 : 1,
            columns: shown.map((i) => ({ header: table.columns[i].header, numeric: table.columns[i].kind !== "text" && table.columns[i].kind !== "date", weight: table.columns[i].width })),
            rows: text,
          });
        }
      },
    };
  });
}
