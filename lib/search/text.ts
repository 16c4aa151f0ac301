// What the search stores and asks for, in words: the same Indonesian stems the similarity hint uses
// (lib/proposals/similarity.ts), so "pelatihan", "melatih" and "dilatih" are one term. Each pair of
// neighbouring stems is also stored written together ("tenaga kerja" → "tenagakerja"), which is what
// "ketenagakerjaan" stems to: the compound and its parts meet in both directions. Pure: no database.
import { fingerprint, stem } from "@/lib/proposals/similarity";

/** Terms for the full-text index: every stem, then every neighbouring pair joined. */
export function indexTerms(...texts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    const stems = fingerprint(text).split(" ").filter(Boolean);
    out.push(...stems);
    for (let i = 0; i + 1 < stems.length; i++) out.push(stems[i] + stems[i + 1]);
  }
  return out.join(" ");
}

/** At most this many words of a query count; the rest are ignored (a search is not a document). */
export const MAX_QUERY_WORDS = 8;

/**
 * A query as alternatives per word: each stem, or it joined with its neighbour. "tenaga kerja" asks for
 * (tenaga or tenagakerja) and (kerja or tenagakerja); every term is [a-z0-9]+, safe in both engines'
 * query syntax. Empty when the query has no word that is not a stop-word.
 */
export function queryGroups(query: string): string[][] {
  const stems = fingerprint(query).split(" ").filter(Boolean).slice(0, MAX_QUERY_WORDS);
  return stems.map((s, i) => {
    const alternatives = new Set([s]);
    if (i > 0) alternatives.add(stems[i - 1] + s);
    if (i + 1 < stems.length) alternatives.add(s + stems[i + 1]);
    return [...alternatives];
  });
}

/** SQLite FTS5 MATCH expression: ("a" OR "ab") AND ("b" OR "ab"). */
export function fts5Match(groups: string[][]): string {
  return groups.map((g) => `(${g.map((t) => `"${t}"`).join(" OR ")})`).join(" AND ");
}

/** PostgreSQL to_tsquery('simple', …) text: (a | ab) & (b | ab). */
export function tsQuery(groups: string[][]): string {
  return groups.map((g) => `(${g.join(" | ")})`).join(" & ");
}

export type Piece = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

function normaliseWord(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * `text` cut into pieces, the words that match the query marked: a word matches when its stem is one
 * of the query's terms, or when it and its neighbour together are (so both "tenaga" and "kerja" light
 * up for "ketenagakerjaan"). Used on the few results shown, never to find them.
 */
export function highlight(text: string, groups: string[][]): Piece[] {
  const terms = new Set(groups.flat());
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, stem: stem(normaliseWord(m[0])) }));
  const hit = words.map((w) => terms.has(w.stem));
  for (let i = 0; i + 1 < words.length; i++) {
    if (terms.has(words[i].stem + words[i + 1].stem)) hit[i] = hit[i + 1] = true;
  }
  const pieces: Piece[] = [];
  let at = 0;
  words.forEach((w, i) => {
    if (!hit[i]) return;
    if (w.start > at) pieces.push({ text: text.slice(at, w.start), match: false });
    pieces.push({ text: text.slice(w.start, w.end), match: true });
    at = w.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/**
 * About `words` words of `text` around its first match (or from its start), with an ellipsis where
 * it was cut: what a result shows of a long body.
 */
export function excerpt(text: string, groups: string[][], words = 30): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const tokens = flat.split(" ");
  if (tokens.length <= words) return flat;
  const pieces = highlight(flat, groups);
  let first = 0;
  let offset = 0;
  for (const p of pieces) {
    if (p.match) {
      first = flat.slice(0, offset).split(" ").length - 1;
      break;
    }
    offset += p.text.length;
  }
  const start = Math.max(0, Math.min(first - Math.floor(words / 3), tokens.length - words));
  const cut = tokens.slice(start, start + words).join(" ");
  return `${start > 0 ? "… " : ""}${cut}${start + words < tokens.length ? " …" : ""}`;
}
