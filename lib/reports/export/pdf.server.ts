// The printable report, rendered on the server with fonts shipped in node_modules (DejaVu: Latin
// with Indonesian diacritics, no network). Tagged PDF with the document language and title, headings
// and table header cells marked, so screen readers can navigate it.
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { ReportTable } from "../tables";
import { cellText, eachRow } from "./cells";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
const BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

type PdfMeta = { title: string; subtitle: string; generatedLine: string; filtersLine: string; locale: string; author: string };

async function writePdf(tables: ReportTable[], meta: PdfMeta, out: NodeJS.WritableStream): Promise<void> {
  const doc = new PDFDocument({
    size: "A4", layout: "landscape", margin: 40, font: REGULAR, tagged: true, lang: meta.locale === "en" ? "en-GB" : "id-ID",
    displayTitle: true, pdfVersion: "1.7", info: { Title: meta.title, Author: meta.author, Subject: meta.subtitle },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    doc.on("error", reject);
  });
  doc.pipe(out);

  const root = doc.struct("Document");
  doc.addStructure(root);
  const block = (tag: string, draw: () => void) => root.add(doc.struct(tag, {}, draw));

  block("H1", () => doc.font("bold").fontSize(18).text(meta.title));
  block("P", () => doc.font("regular").fontSize(10).text(meta.subtitle).text(meta.generatedLine).text(meta.filtersLine));

  for (const table of tables) {
    doc.moveDown(1.2);
    if (doc.y > doc.page.height - 140) doc.addPage();
    block("H2", () => doc.font("bold").fontSize(13).text(table.title));
    block("P", () => doc.font("regular").fontSize(10).text(table.summary).moveDown(0.4));
    const total = table.columns.reduce((s, c) => s + c.width, 0);
    const width = doc.page.width - 80;
    const align = (kind: string) => ({ x: kind === "text" ? ("left" as const) : ("right" as const) });
    const rows: PDFKit.Mixins.CellOptions[][] = [table.columns.map((c) => ({ text: c.header, type: "TH", font: { src: BOLD }, align: align(c.kind) }))];
    for await (const row of eachRow(table)) {
      rows.push(row.map((v, i) => ({ text: cellText(v, table.columns[i].kind, meta.locale), align: align(table.columns[i].kind) })));
    }
    if (rows.length === 1) {
      block("P", () => doc.text(table.summary));
      continue;
    }
    root.add(doc.struct("Table", {}, () => {
      doc.fontSize(9).table({
        columnStyles: table.columns.map((c) => ({ width: (c.width / total) * width })),
        defaultStyle: { padding: 3, border: 0.5, borderColor: "#777777" },
        data: rows,
      });
    }));
  }
  root.end();
  doc.end();
  await done;
}

export function pdfStream(tables: ReportTable[], meta: PdfMeta): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writePdf(tables, meta, out).catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
