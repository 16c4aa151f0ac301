// Open data: the report as JSON, streamed. Field meanings are documented in docs/open-data.md.
import { withoutControls } from "@/lib/forms/text";
import { isoWithOffset } from "@/lib/format/zones";
import { isMoment, type Cell, type ReportTable } from "../tables";
import { cellDay, eachRow } from "./cells";

/** Moments as instants with their zone's offset; calendar days as "YYYY-MM-DD". */
const jsonValue = (value: Cell) =>
  isMoment(value) ? isoWithOffset(value.at, value.zone) : value instanceof Date ? cellDay(value) : typeof value === "string" ? withoutControls(value) : value;

type JsonMeta = { title: string; generatedAt: Date; locale: string; filters: Record<string, string | number | boolean | null>; source: string };

export function jsonStream(tables: ReportTable[], meta: JsonMeta): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  async function* parts(): AsyncIterable<string> {
    yield `{"title":${JSON.stringify(meta.title)},"generatedAt":${JSON.stringify(meta.generatedAt.toISOString())},"locale":${JSON.stringify(meta.locale)},"source":${JSON.stringify(meta.source)},"filters":${JSON.stringify(meta.filters)},"tables":[`;
    for (const [ti, table] of tables.entries()) {
      const columns = table.columns.map((c) => ({ key: c.key, header: c.header, type: c.kind }));
      yield `${ti ? "," : ""}{"key":${JSON.stringify(table.key)},"title":${JSON.stringify(table.title)},"summary":${JSON.stringify(table.summary)},"columns":${JSON.stringify(columns)},"rows":[`;
      let first = true;
      let chunk = "";
      for await (const row of eachRow(table)) {
        const record = Object.fromEntries(table.columns.map((c, i) => [c.key, jsonValue(row[i])]));
        chunk += `${first ? "" : ","}${JSON.stringify(record)}`;
        first = false;
        if (chunk.length > 64_000) {
          yield chunk;
          chunk = "";
        }
      }
      yield `${chunk}]}`;
    }
    yield "]}\n";
  }
  const it = parts()[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await it.return?.();
    },
  });
}
