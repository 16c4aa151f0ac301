// Line and column arithmetic for the official documents, apart from pdfkit so it can be tested alone.
// Text is broken only at spaces (never inside a word, never with an added hyphen); a table's columns
// are at least as wide as the longest word of their header, and a table too wide for the page is
// split into parts that repeat its key columns rather than squeezed.

export type Measure = (text: string) => number;

/** Pieces of one word too long for `width` on its own: the only case a word is ever cut. */
function cutWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  return [...pieces, piece];
}

/**
 * Lines of `text` no wider than `width`, broken at spaces only (a newline starts a new line). A single
 * word wider than the line is the one thing cut, as a last resort; callers size headings and header
 * cells so that it never happens there.
 */
export function wrapWords(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(word) <= width) line = word;
      else {
        const pieces = cutWord(word, width, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1)!;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The widest single word of `text` (what a column must hold so that no word is cut). */
export function longestWord(text: string, measure: Measure): number {
  return text.split(/\s+/).filter(Boolean).reduce((w, word) => Math.max(w, measure(word)), 0);
}

export type PlanColumn = {
  header: string;
  /** Share of the spare width a text column takes (characters, as the report tables give them). */
  weight: number;
  numeric: boolean;
  /** The body's cells, to size the column so their words fit too (up to a cap). */
  cells: string[];
};

export type TablePart = { columns: number[]; widths: number[] };
export type TablePlan = { headerSize: number; parts: TablePart[] };

type PlanOptions = {
  width: number;
  /** Padding on each side of a cell. */
  padding: number;
  /** Header font sizes to try, largest first. */
  headerSizes: number[];
  measureHeader: (size: number) => Measure;
  measureBody: Measure;
  /** Leading columns repeated in every part when the table must be split (e.g. the item's name). */
  keyColumns: number;
  /** A narrower width the table reads better at (few short columns), when its columns fit in it. */
  preferred?: number;
};

/**
 * Column widths for a table: each column at least its header's longest word (and its body's longest
 * word, capped at a quarter of the page) plus padding, at the largest header size that lets every
 * column fit. When even the smallest size does not fit, the table is split into parts, each with the
 * key columns first; spare width goes to text columns by weight.
 */
export function planTable(columns: PlanColumn[], o: PlanOptions): TablePlan {
  const bodyCap = o.width / 4;
  const bodyMin = columns.map((c) => Math.min(bodyCap, c.cells.reduce((w, cell) => Math.max(w, longestWord(cell, o.measureBody)), 0)));
  const minimum = (size: number) => columns.map((c, i) => Math.max(longestWord(c.header, o.measureHeader(size)), bodyMin[i], 12) + 2 * o.padding + 0.5);
  const sum = (ids: number[], mins: number[]) => ids.reduce((s, i) => s + mins[i], 0);
  const all = columns.map((_, i) => i);
  for (const size of o.headerSizes) {
    const mins = minimum(size);
    const needed = sum(all, mins);
    if (needed <= o.width) return { headerSize: size, parts: [{ columns: all, widths: spread(all, mins, columns, Math.min(o.width, Math.max(needed, o.preferred ?? o.width))) }] };
  }
  const size = o.headerSizes.at(-1)!;
  const mins = minimum(size);
  const key = all.slice(0, Math.min(o.keyColumns, columns.length - 1));
  const parts: number[][] = [];
  let current = [...key];
  for (const i of all.slice(key.length)) {
    if (current.length > key.length && sum([...current, i], mins) > o.width) {
      parts.push(current);
      current = [...key];
    }
    current.push(i);
  }
  parts.push(current);
  return { headerSize: size, parts: parts.map((ids) => ({ columns: ids, widths: spread(ids, mins, columns, o.width) })) };
}

/** The page's width shared out: every column its minimum, the rest to text columns by weight. */
function spread(ids: number[], mins: number[], columns: PlanColumn[], width: number): number[] {
  const spare = Math.max(0, width - ids.reduce((s, i) => s + mins[i], 0));
  const takers = ids.filter((i) => !columns[i].numeric);
  const pool = takers.length ? takers : ids;
  const total = pool.reduce((s, i) => s + columns[i].weight, 0) || 1;
  return ids.map((i) => mins[i] + (pool.includes(i) ? (spare * columns[i].weight) / total : 0));
}
