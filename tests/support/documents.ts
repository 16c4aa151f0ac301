// Opens the files the portal produces the way a reader would: the PDF's text through pdf.js, the
// workbook through ExcelJS, the CSV as bytes.
import ExcelJS from "exceljs";

export async function pdfText(data: Uint8Array): Promise<{ text: string; pages: number; title: string | undefined; language: string | undefined; tagged: boolean }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const tagged = Boolean((await doc.getMarkInfo())?.Marked);
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join("\n").replace(/\s+/g, " "), pages, title: info.Title, language: info.Language, tagged };
}

export async function readXlsx(data: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => ({
    name: sheet.name,
    frozen: sheet.views[0]?.state === "frozen" && (sheet.views[0] as { ySplit?: number }).ySplit === 1,
    widths: sheet.columns.map((c) => c.width),
    headerBold: Boolean(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold),
    rows: sheet.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : [])),
  }));
}

export async function bytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
