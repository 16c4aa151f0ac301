// A real workbook: one sheet per table, bold header row frozen in place, column widths, numbers as
// numbers and dates as dates. Written with ExcelJS's streaming writer, so a 100,000-row sheet is
// zipped out as it is read from the database instead of being built in memory.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { withoutControls } from "@/lib/forms/text";
import { dateOnlyToUtc } from "@/lib/format/zones";
import { isMoment, type Cell, type ColumnKind, type ReportTable } from "../tables";
import { cellDay, eachRow } from "./cells";

/** A cell as the workbook stores it: percentages as fractions, days as dates, text without controls. */
function xlsxValue(value: Cell, kind: ColumnKind) {
  if (value instanceof Date || isMoment(value)) return dateOnlyToUtc(cellDay(value));
  if (kind === "percent" && typeof value === "number") return value / 100;
  return typeof value === "string" ? withoutControls(value) : value;
}

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

async function writeXlsx(tables: ReportTable[], meta: { title: string; creator: string }, out: NodeJS.WritableStream): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as unknown as import("node:stream").Stream, useStyles: true, useSharedStrings: false });
  book.creator = meta.creator;
  book.title = meta.title;
  book.created = new Date();
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = book.addWorksheet(sheetName(table.title, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      key: c.key,
      header: c.header,
      width: c.width,
      style: c.kind === "percent" ? { numFmt: "0.0%" } : c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let written = 0;
    for await (const row of eachRow(table)) {
      sheet.addRow(row.map((v, i) => xlsxValue(v, table.columns[i].kind))).commit();
      // Let the zip stream drain now and then instead of queueing every row first.
      if (++written % 2000 === 0) await new Promise((r) => setImmediate(r));
    }
    sheet.commit();
  }
  await book.commit();
}

export function xlsxStream(tables: ReportTable[], meta: { title: string; creator: string }): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeXlsx(tables, meta, out).catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
