// CSV for one table: UTF-8 with a byte-order mark so Excel reads Indonesian text correctly, CRLF line
// ends (RFC 4180), streamed row by row.
import type { Cell, Column, ReportTable } from "../tables";
import { eachRow } from "./cells";

const BOM = "\uFEFF";

function field(value: Cell, column: Column): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === "number") text = String(value);
  else {
    text = value;
    // A title typed as "=HYPERLINK(…)" must stay text in a spreadsheet (formula injection).
    if (column.kind === "text" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[], columns: Column[]): string {
  return `${cells.map((c, i) => field(c, columns[i])).join(",")}\r\n`;
}

export function csvStream(table: ReportTable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = eachRow(table)[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(table.columns.map((c) => c.header), table.columns.map((c) => ({ ...c, kind: "text" as const })))));
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
        chunk += csvLine(next.value, table.columns);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}
