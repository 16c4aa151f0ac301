// The official-document layout every printable PDF of the portal shares (ADR 0014): A4, Apeksi's
// letterhead, a running header, "Halaman X dari Y" footers, headings and table headers broken only at
// spaces, tables split rather than squeezed, stacked bar charts drawn as vectors, and a tagged
// structure (H1/H2/P/Table/TH/TD/Figure with Alt) in the reader's language. Server-only: pdfkit reads
// the DejaVu fonts from node_modules, no network.
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { wrapWords, planTable, type Measure } from "./text";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONTS = {
  regular: path.join(FONT_DIR, "DejaVuSans.ttf"),
  bold: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"),
  // Tables and charts: the condensed cut holds more columns without smaller type.
  cond: path.join(FONT_DIR, "DejaVuSansCondensed.ttf"),
  condBold: path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"),
} as const;
type Font = keyof typeof FONTS;

export const COLORS = {
  navy: "#1f3a68",
  accent: "#d9822b",
  ink: "#1a1a1a",
  muted: "#4a5361",
  rule: "#8a96a8",
  headerFill: "#e3e9f2",
  zebra: "#f5f7fa",
} as const;

/** The stages of a commitment, in the order bars stack them, with colours that stay apart in grey too. */
export const STATUS_SERIES_COLORS = [
  { fill: "#1e6b45", text: "#ffffff" }, // done
  { fill: "#2f75b5", text: "#ffffff" }, // in progress
  { fill: "#e8b23a", text: "#1a1a1a" }, // planned
  { fill: "#c5cbd3", text: "#1a1a1a" }, // not started
] as const;

/** The words of the letterhead, footer and table continuations, in the reader's language. */
export type LayoutStrings = {
  association: string;
  workingGroup: string;
  tagline: string;
  /** Running header on later pages: "Apeksi — Pokja Menuju Kota Inklusif". */
  short: string;
  /** The footer's left part: when and by what the document was generated. */
  generated: string;
  pageOf: (page: number, pages: number) => string;
  /** Numbered captions, as Indonesian reports number them: "Tabel 1. …" above a table, "Gambar 1. …" below a figure. */
  table: (n: number, title: string) => string;
  figure: (n: number, title: string) => string;
  part: (title: string, part: number, parts: number) => string;
};

export type DocumentMeta = {
  title: string;
  subject: string;
  author: string;
  locale: "id" | "en";
  landscape?: boolean;
  strings: LayoutStrings;
};

/**
 * Text that may be in the other language than the document's: an English document quoting an
 * Indonesian title without an English version marks it, so a screen reader pronounces it right.
 */
export type Text = string | { text: string; lang: string };
const plain = (t: Text) => (typeof t === "string" ? t : t.text);
const langOf = (t: Text) => (typeof t === "string" ? {} : { lang: t.lang });

export type TableColumn = { header: string; numeric?: boolean; /** share of spare width */ weight?: number };
export type TableSpec = {
  columns: TableColumn[];
  rows: Text[][];
  /** Leading columns repeated in each part when the table has to be split; 1 by default. */
  keyColumns?: number;
  /** Its numbered caption, above it ("Tabel 2. …"); each part of a split table says which part it is. */
  caption?: string;
  /** A label–value table: no header row, the first column marks each row (TH, scope Row). */
  rowHeaders?: boolean;
  /** Narrower than the page when its columns fit (points): a short table is not stretched across a landscape page. */
  preferredWidth?: number;
};
export type ChartSeries = { label: string; fill: string; text: string };
export type ChartSpec = { caption: string; alt: string; series: readonly ChartSeries[]; rows: { label: string; values: number[] }[] };

const TOP = 62;
const BOTTOM = 52;
const BODY = 10;
const CELL = 8.5;
const PAD_X = 3.5;
const PAD_Y = 3;
const HEADER_SIZES = [8.5, 8, 7.5, 7];
const lineHeight = (size: number) => size * 1.28;

type Struct = PDFKit.PDFStructureElement;
/** pdfkit reads `scope` (TH) although its types do not list it. */
const scoped = (scope: "Column" | "Row") => ({ scope }) as Parameters<PDFKit.PDFDocument["struct"]>[1];

export class OfficialDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly meta: DocumentMeta;
  private y = 0;
  private tables = 0;
  private figures = 0;
  private readonly count: (n: number) => string;

  constructor(meta: DocumentMeta) {
    this.meta = meta;
    const numbers = new Intl.NumberFormat(meta.locale === "en" ? "en-GB" : "id-ID");
    this.count = (n) => numbers.format(n);
    this.doc = new PDFDocument({
      size: "A4", layout: meta.landscape ? "landscape" : "portrait",
      margins: { top: TOP, bottom: BOTTOM, left: meta.landscape ? 42 : 56, right: meta.landscape ? 42 : 56 },
      font: FONTS.regular, tagged: true, lang: meta.locale === "en" ? "en-GB" : "id-ID", displayTitle: true, pdfVersion: "1.7",
      bufferPages: true, autoFirstPage: true,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: meta.author },
    });
    for (const [name, file] of Object.entries(FONTS)) this.doc.registerFont(name, file);
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.letterhead();
  }

  // ── geometry ──────────────────────────────────────────────────────────────────────────────────
  get left() { return this.doc.page.margins.left; }
  get width() { return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right; }
  private get bottom() { return this.doc.page.height - BOTTOM; }
  private measure(font: Font, size: number): Measure {
    return (s) => this.doc.font(font).fontSize(size).widthOfString(s);
  }
  private artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout") {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }
  private line(text: string, x: number, y: number, font: Font, size: number, color: string = COLORS.ink, width?: number, align: "left" | "right" | "center" = "left") {
    const w = this.doc.font(font).fontSize(size).widthOfString(text);
    const dx = width === undefined || align === "left" ? 0 : align === "right" ? width - w : (width - w) / 2;
    this.doc.fillColor(color).text(text, x + dx, y, { lineBreak: false });
  }

  /** Room for `height` more points on this page, or a new page. */
  ensure(height: number) {
    if (this.y + height > this.bottom) this.newPage();
  }

  gap(points: number) {
    this.y += points;
  }

  private newPage() {
    this.doc.addPage();
    this.y = TOP;
    // Later pages carry a small running header, an artifact for assistive technology.
    this.artifact(() => {
      const x = this.left;
      drawMark(this.doc, x, 24, 18);
      this.line(this.meta.strings.short, x + 24, 29, "bold", 8, COLORS.navy);
      const title = this.meta.title;
      const room = this.width - 24 - this.doc.font("bold").fontSize(8).widthOfString(this.meta.strings.short) - 24;
      const fitted = wrapWords(title, room, this.measure("regular", 7.5))[0];
      this.line(fitted === title ? title : `${fitted} …`, x, 29.5, "regular", 7.5, COLORS.muted, this.width, "right");
      this.doc.moveTo(x, 47).lineTo(x + this.width, 47).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    });
  }

  // ── letterhead, title, text ───────────────────────────────────────────────────────────────────
  private letterhead() {
    const s = this.meta.strings;
    const x = this.left;
    this.artifact(() => drawMark(this.doc, x, 30, 54));
    this.root.add(this.doc.struct("P", {}, () => {
      this.line(s.association, x + 68, 33, "bold", 10.5, COLORS.ink);
      this.line(s.workingGroup, x + 68, 48, "bold", 15, COLORS.navy);
      this.line(s.tagline, x + 68, 69, "regular", 8.5, COLORS.muted);
    }));
    this.artifact(() => {
      this.doc.moveTo(x, 92).lineTo(x + this.width, 92).lineWidth(2).strokeColor(COLORS.navy).stroke();
      this.doc.moveTo(x, 95).lineTo(x + this.width, 95).lineWidth(0.6).strokeColor(COLORS.navy).stroke();
    });
    this.y = 112;
  }

  /** Lines of text in one structure element, continued on the next page when they do not fit. */
  private flow(el: Struct, lines: string[], font: Font, size: number, color: string, x: number, width: number, align: "left" | "right" | "center" = "left") {
    const lh = lineHeight(size);
    let i = 0;
    while (i < lines.length) {
      if (this.y + lh > this.bottom) this.newPage();
      const fit = Math.max(1, Math.floor((this.bottom - this.y) / lh));
      const chunk = lines.slice(i, i + fit);
      const top = this.y;
      el.add(() => chunk.forEach((l, k) => this.line(l, x, top + k * lh, font, size, color, width, align)));
      this.y += chunk.length * lh;
      i += chunk.length;
    }
  }

  /** The document's title (H1), never broken inside a word. */
  title(text: string) {
    const lines = wrapWords(text, this.width, this.measure("bold", 17));
    this.ensure(lines.length * lineHeight(17) + 40);
    const el = this.doc.struct("H1");
    this.root.add(el);
    this.flow(el, lines, "bold", 17, COLORS.navy, this.left, this.width);
    el.end();
    this.y += 4;
  }

  /**
   * A section heading (H2, H3), kept on the same page as the `keep` points that follow it, and
   * added to the document outline.
   */
  heading(heading: Text, level: 2 | 3 = 2, keep = 70) {
    const text = plain(heading);
    const size = level === 2 ? 13 : 11;
    const lines = wrapWords(text, this.width, this.measure("bold", size));
    this.y += level === 2 ? 10 : 6;
    this.ensure(lines.length * lineHeight(size) + keep);
    if (level === 2) this.doc.outline.addItem(text);
    const el = this.doc.struct(`H${level}`, langOf(heading));
    this.root.add(el);
    this.flow(el, lines, "bold", size, level === 2 ? COLORS.navy : COLORS.ink, this.left, this.width);
    el.end();
    this.y += 3;
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; after?: number; indent?: number; align?: "left" | "right" } = {}) {
    const size = options.size ?? BODY;
    const font: Font = options.bold ? "bold" : "regular";
    const indent = options.indent ?? 0;
    const lines = wrapWords(text, this.width - indent, this.measure(font, size));
    const el = this.doc.struct("P");
    this.root.add(el);
    this.flow(el, lines, font, size, options.color ?? COLORS.ink, this.left + indent, this.width - indent, options.align);
    el.end();
    this.y += options.after ?? 5;
  }

  // ── tables ────────────────────────────────────────────────────────────────────────────────────
  /**
   * A table at full width. Column widths come from planTable (headers never cut inside a word);
   * a table too wide for the page becomes parts that repeat the key columns. Rows never split across
   * pages; the header row is repeated (as an artifact) on each new page.
   */
  table(spec: TableSpec) {
    const header = !spec.rowHeaders;
    const plan = planTable(
      spec.columns.map((c, i) => ({ header: header ? c.header : "", weight: c.weight ?? (c.numeric ? 1 : 10), numeric: Boolean(c.numeric), cells: spec.rows.map((r) => plain(r[i] ?? "")) })),
      { width: this.width, padding: PAD_X, headerSizes: HEADER_SIZES, measureHeader: (size) => this.measure("condBold", size), measureBody: this.measure("cond", CELL), keyColumns: spec.keyColumns ?? 1, preferred: spec.preferredWidth },
    );
    const caption = spec.caption ? this.meta.strings.table(++this.tables, spec.caption) : undefined;
    plan.parts.forEach((part, p) => {
      if (p > 0) this.y += 8;
      const partCaption = caption && plan.parts.length > 1 ? this.meta.strings.part(caption, p + 1, plan.parts.length) : caption;
      this.tablePart(spec, part.columns, part.widths, plan.headerSize, header, partCaption);
    });
    this.y += 8;
  }

  private tablePart(spec: TableSpec, ids: number[], widths: number[], headerSize: number, withHeader: boolean, caption?: string) {
    const xs = widths.reduce<number[]>((acc, _w, i) => [...acc, i === 0 ? this.left : acc[i - 1] + widths[i - 1]], []);
    const total = widths.reduce((s, w) => s + w, 0);
    const hl = lineHeight(headerSize);
    const bl = lineHeight(CELL);
    const headerLines = ids.map((c, k) => wrapWords(spec.columns[c].header, widths[k] - 2 * PAD_X, this.measure("condBold", headerSize)));
    const headerHeight = withHeader ? Math.max(...headerLines.map((l) => l.length)) * hl + 2 * PAD_Y : 0;
    const bodyLines = spec.rows.map((row) => ids.map((c, k) => wrapWords(plain(row[c] ?? ""), widths[k] - 2 * PAD_X, this.measure(spec.rowHeaders && c === 0 ? "condBold" : "cond", CELL))));
    const rowHeights = bodyLines.map((cells) => Math.max(1, ...cells.map((l) => l.length)) * bl + 2 * PAD_Y);
    const align = (c: number) => (spec.columns[c].numeric ? "right" : "left");

    const drawHeaderText = (k: number, top: number) =>
      headerLines[k].forEach((l, n) => this.line(l, xs[k] + PAD_X, top + PAD_Y + n * hl, "condBold", headerSize, COLORS.ink, widths[k] - 2 * PAD_X, align(ids[k])));
    const drawHeaderBox = (top: number) => {
      this.doc.rect(this.left, top, total, headerHeight).fill(COLORS.headerFill);
      this.doc.moveTo(this.left, top + headerHeight).lineTo(this.left + total, top + headerHeight).lineWidth(0.8).strokeColor(COLORS.navy).stroke();
    };

    // Keep the caption and the header with at least the first row.
    const captionLines = caption ? wrapWords(caption, this.width, this.measure("bold", 9)) : [];
    this.ensure(captionLines.length * lineHeight(9) + 3 + headerHeight + (rowHeights[0] ?? 0));
    if (caption) this.paragraph(caption, { size: 9, bold: true, after: 3 });
    const table = this.doc.struct("Table");
    this.root.add(table);
    if (withHeader) {
      const top = this.y;
      this.artifact(() => drawHeaderBox(top));
      const tr = this.doc.struct("TR");
      table.add(tr);
      ids.forEach((_c, k) => tr.add(this.doc.struct("TH", scoped("Column"), () => drawHeaderText(k, top))));
      tr.end();
      this.y += headerHeight;
    }
    bodyLines.forEach((cells, r) => {
      if (this.y + rowHeights[r] > this.bottom) {
        this.newPage();
        if (withHeader) {
          // The header again on the new page, for the eye only: the structure has it once.
          const top = this.y;
          this.artifact(() => {
            drawHeaderBox(top);
            ids.forEach((_c, k) => drawHeaderText(k, top));
          });
          this.y += headerHeight;
        }
      }
      const top = this.y;
      this.artifact(() => {
        if (r % 2 === 1) this.doc.rect(this.left, top, total, rowHeights[r]).fill(COLORS.zebra);
        this.doc.moveTo(this.left, top + rowHeights[r]).lineTo(this.left + total, top + rowHeights[r]).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
      });
      const tr = this.doc.struct("TR");
      table.add(tr);
      cells.forEach((lines, k) => {
        const cell = spec.rows[r][ids[k]] ?? "";
        const rowHeader = spec.rowHeaders && ids[k] === 0;
        const font: Font = rowHeader ? "condBold" : "cond";
        const draw = () => lines.forEach((l, n) => this.line(l, xs[k] + PAD_X, top + PAD_Y + n * bl, font, CELL, COLORS.ink, widths[k] - 2 * PAD_X, align(ids[k])));
        tr.add(rowHeader ? this.doc.struct("TH", scoped("Row"), draw) : this.doc.struct("TD", langOf(cell), draw));
      });
      tr.end();
      this.y += rowHeights[r];
    });
    table.end();
  }

  // ── charts ────────────────────────────────────────────────────────────────────────────────────
  /**
   * Horizontal stacked bars, one per row, with a legend and every number written on its segment (or
   * beside the bar when the segment is too narrow); a Figure whose Alt text says what it shows.
   */
  stackedBars(spec: ChartSpec) {
    const labelWidth = Math.round(this.width * (this.meta.landscape ? 0.26 : 0.32));
    const totalWidth = 34;
    const barX = this.left + labelWidth + 8;
    const barWidth = this.width - labelWidth - 8 - totalWidth;
    const max = Math.max(1, ...spec.rows.map((r) => r.values.reduce((s, v) => s + v, 0)));
    const size = 8;
    const lh = lineHeight(size);
    const barHeight = 13;
    const labels = spec.rows.map((r) => wrapWords(r.label, labelWidth, this.measure("cond", size)).slice(0, 3));
    const heights = labels.map((l) => Math.max(barHeight, l.length * lh) + 5);
    const legendHeight = 18;

    // The caption goes below the figure and stays with its last bar.
    const caption = this.meta.strings.figure(++this.figures, spec.caption);
    const captionHeight = wrapWords(caption, this.width, this.measure("bold", 9)).length * lineHeight(9) + 4;
    const last = spec.rows.length - 1;
    // A chart that fits on one page is kept whole; a longer one starts with at least its first bar.
    const whole = legendHeight + heights.reduce((a, h) => a + h, 0) + captionHeight;
    this.y += 4;
    this.ensure(whole <= this.bottom - TOP ? whole : legendHeight + (heights[0] ?? 0) + (last === 0 ? captionHeight : 0));
    const figure = this.doc.struct("Figure", { alt: spec.alt });
    this.root.add(figure);
    const legend = () => {
      const top = this.y;
      let x = this.left;
      figure.add(() => {
        for (const s of spec.series) {
          this.doc.rect(x, top + 1, 9, 9).fill(s.fill);
          this.line(s.label, x + 13, top + 1, "cond", size, COLORS.ink);
          x += 13 + this.doc.font("cond").fontSize(size).widthOfString(s.label) + 16;
        }
      });
      this.y += legendHeight;
    };
    legend();
    spec.rows.forEach((row, r) => {
      if (this.y + heights[r] + (r === last ? captionHeight : 0) > this.bottom) {
        this.newPage();
        legend();
      }
      const top = this.y;
      figure.add(() => {
        labels[r].forEach((l, n) => this.line(l, this.left, top + n * lh + (labels[r].length === 1 ? 2 : 0), "cond", size, COLORS.ink, labelWidth, "right"));
        let x = barX;
        const sum = row.values.reduce((s, v) => s + v, 0);
        row.values.forEach((v, i) => {
          if (v <= 0) return;
          const w = (v / max) * barWidth;
          const s = spec.series[i];
          this.doc.rect(x, top, w, barHeight).fill(s.fill);
          const text = this.count(v);
          const tw = this.doc.font("condBold").fontSize(7.5).widthOfString(text);
          if (tw + 4 <= w) this.line(text, x, top + 2.5, "condBold", 7.5, s.text, w, "center");
          x += w;
        });
        if (sum === 0) this.doc.moveTo(barX, top).lineTo(barX, top + barHeight).lineWidth(0.8).strokeColor(COLORS.rule).stroke();
        this.line(this.count(sum), x + 4, top + 2.5, "condBold", 8, COLORS.ink);
      });
      this.y += heights[r];
    });
    figure.end();
    this.y += 4;
    this.paragraph(caption, { size: 9, bold: true, after: 10 });
  }

  // ── signature ─────────────────────────────────────────────────────────────────────────────────
  /**
   * A signature block on the right half: place and date, the office ("Wali Kota Bandung,"), blank
   * room for the signature and a dotted line for the name.
   */
  signature(lines: string[]) {
    const x = this.left + this.width * 0.52;
    const width = this.width * 0.48;
    const lh = lineHeight(BODY);
    // The office (last line) in bold; long lines wrap at spaces within the right half.
    const wrapped = lines.map((l, i) => ({ bold: i === lines.length - 1, lines: wrapWords(l, width, this.measure(i === lines.length - 1 ? "bold" : "regular", BODY)) }));
    const count = wrapped.reduce((n, w) => n + w.lines.length, 0);
    this.ensure(count * lh + 110);
    this.y += 14;
    const top = this.y;
    this.root.add(this.doc.struct("P", {}, () => {
      let k = 0;
      for (const w of wrapped) for (const l of w.lines) this.line(l, x, top + k++ * lh, w.bold ? "bold" : "regular", BODY, COLORS.ink, width);
    }));
    this.y += count * lh + 62;
    const nameY = this.y;
    // Room for the signature, then a dotted line for the name in brackets, as Indonesian letters have it.
    this.artifact(() => {
      this.line("(", x, nameY, "regular", BODY);
      this.doc.moveTo(x + 8, nameY + 10).lineTo(x + width - 14, nameY + 10).dash(1, { space: 2 }).lineWidth(0.7).strokeColor(COLORS.ink).stroke().undash();
      this.line(")", x + width - 10, nameY, "regular", BODY);
    });
    this.y += 20;
  }

  // ── end ───────────────────────────────────────────────────────────────────────────────────────
  /** Footers on every page (generation time, portal, "Halaman X dari Y"), then the end of the file. */
  private finish() {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // Below the bottom margin: lift it while writing so pdfkit does not start a new page.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - 38;
      this.artifact(() => {
        this.doc.moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
        const pageText = this.meta.strings.pageOf(i - range.start + 1, range.count);
        const pageWidth = this.doc.font("bold").fontSize(8).widthOfString(pageText);
        const generated = wrapWords(this.meta.strings.generated, this.width - pageWidth - 20, this.measure("regular", 7));
        generated.slice(0, 2).forEach((l, n) => this.line(l, this.left, y + n * 9, "regular", 7, COLORS.muted));
        this.line(pageText, this.left, y, "bold", 8, COLORS.ink, this.width, "right");
      }, "Pagination");
      this.doc.page.margins.bottom = margin;
    }
    this.root.end();
    this.doc.end();
  }

  private static into(out: PassThrough, meta: DocumentMeta, draw: (d: OfficialDocument) => void) {
    const d = new OfficialDocument(meta);
    d.doc.on("error", (e: Error) => out.destroy(e));
    d.doc.pipe(out);
    draw(d);
    d.finish();
  }

  /** Renders with `draw` and streams the file; an error while drawing ends the stream with it. */
  static stream(meta: DocumentMeta, draw: (d: OfficialDocument) => void): ReadableStream<Uint8Array> {
    return OfficialDocument.streamLater(async () => ({ meta, draw }));
  }

  /** The same, once `prepare` has read what the document needs (its rows, its words). */
  static streamLater(prepare: () => Promise<{ meta: DocumentMeta; draw: (d: OfficialDocument) => void }>): ReadableStream<Uint8Array> {
    const out = new PassThrough();
    prepare().then(({ meta, draw }) => OfficialDocument.into(out, meta, draw)).catch((error: unknown) => out.destroy(error as Error));
    return Readable.toWeb(out) as ReadableStream<Uint8Array>;
  }
}

/**
 * The portal's identity mark, drawn as vectors: a navy tile with three buildings of a city on a
 * curve that holds them, and an orange sun. An original sign for the working group, not Apeksi's logo.
 */
export function drawMark(doc: PDFKit.PDFDocument, x: number, y: number, s: number) {
  doc.save();
  doc.roundedRect(x, y, s, s, s * 0.2).fill(COLORS.navy);
  const bars: [number, number][] = [[0.2, 0.3], [0.42, 0.46], [0.64, 0.36]];
  for (const [dx, h] of bars) doc.roundedRect(x + dx * s, y + (0.66 - h) * s, 0.15 * s, h * s, 0.03 * s).fill("#ffffff");
  doc.moveTo(x + 0.16 * s, y + 0.74 * s).quadraticCurveTo(x + 0.5 * s, y + 0.94 * s, x + 0.84 * s, y + 0.74 * s)
    .lineWidth(0.07 * s).lineCap("round").strokeColor(COLORS.accent).stroke();
  doc.circle(x + 0.76 * s, y + 0.2 * s, 0.075 * s).fill(COLORS.accent);
  doc.restore();
}
