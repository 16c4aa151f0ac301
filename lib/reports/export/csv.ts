// CSV for one table: UTF-8 with a byte-order mark so Excel reads Indonesian text correctly, CRLF line
// ends (RFC 4180), streamed row by row. Two dialects: the standard one (comma, decimal point) and the
// one spreadsheets set to Indonesian regional settings expect (semicolon, decimal comma).
import { withoutControls } from "@/lib/forms/text";
import { isMoment, type Cell, type Column, type ReportTable } from "../tables";
import { cellDay, eachRow } from "./cells";

const BOM = "\uFEFF";

type CsvDialect = { separator: "," | ";"; decimal: "." | "," };
const STANDARD_CSV: CsvDialect = { separator: ",", decimal: "." };
export const INDONESIAN_CSV: CsvDialect = { separator: ";", decimal: "," };

function field(value: Cell, column: Column, dialect: CsvDialect): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date || isMoment(value)) text = cellDay(value);
  else if (typeof value === "number") text = dialect.decimal === "," ? String(value).replace(".", ",") : String(value);
  else {
    text = withoutControls(value);
    // A title typed as "=HYPERLINK(…)" must stay text in a spreadsheet (formula injection).
    if (column.kind === "text" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  }
  const needsQuotes = text.includes('"') || text.includes(dialect.separator) || /[\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: Cell[], columns: Column[], dialect: CsvDialect = STANDARD_CSV): string {
  return `${cells.map((c, i) => field(c, columns[i], dialect)).join(dialect.separator)}\r\n`;
}

export function csvStream(table: ReportTable, dialect: CsvDialect = STANDARD_CSV): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = eachRow(table)[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(table.columns.map((c) => c.header), table.columns.map((c) => ({ ...c, kind: "text" as const })), dialect)));
        return;
      }
      // A batch per pull keeps the stream fast without holding the whole table.
      let chunk = "";
      for (let i = 0; i < 500; i++) {
        const next = await rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value, table.columns, dialect);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}
