// Opens the files the portal produces the way a reader would: the PDF's text through pdf.js (and its
// structure tree, as a screen reader walks it), its pages as images through poppler's pdftoppm, the
// workbook through ExcelJS, the CSV as bytes.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
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

type StructNode = { role?: string; type?: string; id?: string; alt?: string; lang?: string; children?: StructNode[] };
export type PdfElement = { role: string; text: string; alt?: string; lang?: string; page: number };

/**
 * The tagged structure of a PDF as assistive technology reads it: each element (H1, H2, P, TH, TD,
 * Figure…) with the text of its marked content, lines joined by one space (so a word cut at a line
 * end would show as two), its Alt text, and its page. Also the catalogue's language and whether the
 * file declares itself tagged and has a structure tree. `lang` is an element's own language, where it
 * differs from the document's.
 */
export async function pdfStructure(data: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const elements: PdfElement[] = [];
  let hasTree = false;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string[]>();
    const open: (string | null)[] = [];
    for (const item of content.items) {
      if ("type" in item && item.type === "beginMarkedContentProps") open.push(item.id ?? null);
      else if ("type" in item && item.type === "beginMarkedContent") open.push(null);
      else if ("type" in item && item.type === "endMarkedContent") open.pop();
      else if ("str" in item && item.str.trim()) {
        const id = open.findLast((x) => x !== null);
        if (id) texts.set(id, [...(texts.get(id) ?? []), item.str]);
      }
    }
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree?.children?.length) hasTree = true;
    const textOf = (node: StructNode): string[] =>
      node.type === "content" ? texts.get(node.id ?? "") ?? [] : (node.children ?? []).flatMap(textOf);
    const walk = (node: StructNode) => {
      if (node.role && node.role !== "Root") elements.push({ role: node.role, text: textOf(node).join(" ").replace(/\s+/g, " ").trim(), alt: node.alt, lang: node.lang, page: p });
      for (const child of node.children ?? []) if (!child.type) walk(child);
    };
    if (tree) walk(tree);
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const tagged = Boolean((await doc.getMarkInfo())?.Marked);
  const pages = doc.numPages;
  await doc.destroy();
  return { elements, pages, tagged, hasStructTree: hasTree, language: info.Language, title: info.Title };
}

/** Where the page images of the document tests go, to be looked at (.tmp is not committed). */
export const PAGE_IMAGES = path.resolve(".tmp", "pdf-pages");

/**
 * Renders every page of a PDF to PNG with poppler's pdftoppm (Debian package poppler-utils, which
 * `npm test` installs) as .tmp/pdf-pages/<name>-<page>.png (`name` may hold a folder, e.g. the
 * database provider, so parallel runs do not overwrite each other), and returns the files. Fails, never
 * skips, when pdftoppm is missing or cannot read the file.
 */
export function renderPages(data: Uint8Array, name: string, dpi = 60): string[] {
  const which = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" });
  if (which.error) throw new Error("pdftoppm is missing: install the Debian package poppler-utils (apt-get install -y poppler-utils) to render PDF pages");
  const dir = path.join(PAGE_IMAGES, path.dirname(name));
  const base = path.basename(name);
  mkdirSync(dir, { recursive: true });
  const ours = (f: string) => f.startsWith(`${base}-`) && /-\d+\.png$/.test(f);
  for (const f of readdirSync(dir)) if (ours(f)) rmSync(path.join(dir, f));
  const pdf = path.join(dir, `${base}.pdf`);
  writeFileSync(pdf, data);
  const run = spawnSync("pdftoppm", ["-r", String(dpi), "-png", pdf, path.join(dir, base)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`pdftoppm could not render ${name}.pdf: ${run.stderr}`);
  return readdirSync(dir).filter(ours).sort().map((f) => path.join(dir, f));
}
