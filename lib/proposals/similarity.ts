// Text similarity that works for Indonesian: normalise, drop stop-words, strip common affixes
// (a light stemmer after Nazief–Adriani), then compare word stems (cosine) and character trigrams
// (Jaccard) so that spelling variants and compounds ("tenaga kerja" / "ketenagakerjaan") still meet.
// Pure and dependency-free: runs on the server and in the browser alike.

const STOPWORDS = new Set(
  ("yang dan di ke dari untuk dengan pada dalam ini itu atau akan oleh sebagai bagi adalah juga tidak belum sudah " +
    "telah masih dapat bisa harus perlu agar supaya karena jika bila maka serta antara tersebut setiap semua para " +
    "kami kita mereka ia dia saya anda kota pemerintah pemkot daerah melalui terhadap tentang sejak hingga sampai " +
    "lebih kurang sangat ada secara yaitu ialah namun tetapi tapi sehingga the of and to in for a an on with by")
    .split(" "),
);

const PARTICLES = /(lah|kah|tah|pun)$/;
const POSSESSIVES = /(ku|mu|nya)$/;
const SUFFIXES = /(kan|an|i)$/;

// Words that look affixed but are not (di-sabilitas, di-gital): stemming them would only add noise.
const KEEP = new Set(["disabilitas", "digital", "dinas", "disnaker", "dinsos", "diskusi", "difabel", "industri", "informasi", "inklusif", "inklusi", "teknologi", "terapi", "perda", "perwal", "pergub", "sekolah", "sektor"]);

const PREFIXES: [RegExp, string][] = [
  [/^meny/, "s"], [/^peny/, "s"], [/^meng/, ""], [/^peng/, ""], [/^mem(?=[bp])/, ""], [/^pem(?=[bp])/, ""],
  [/^men/, ""], [/^pen/, ""], [/^mem/, "p"], [/^pem/, "p"], [/^me/, ""], [/^ber/, ""], [/^be/, ""], [/^ter/, ""],
  [/^per/, ""], [/^pe/, ""], [/^di/, ""], [/^ke/, ""], [/^se/, ""],
];

const SECOND_PREFIXES = new Set(["per", "pe", "ke", "ber"]);

/** A light Indonesian stemmer: good enough to make "pelatihan", "melatih" and "dilatih" meet. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word) || KEEP.has(word)) return word;
  let w = word.replace(PARTICLES, "");
  if (w.length > 5) w = w.replace(POSSESSIVES, "");
  if (w.length > 5) w = w.replace(SUFFIXES, "");
  // Up to two prefixes, as in "ber-ke-lanjut-an" or "mem-per-baik-i" (the second only per-, pe-, ke-,
  // ber-); the first prefix that fits decides, and the stem keeps at least 4 letters.
  for (let round = 0; round < 2; round++) {
    const rule = PREFIXES.find(([re]) => re.test(w));
    if (!rule || KEEP.has(w)) break;
    const prefix = w.match(rule[0])![0];
    if (w.length - prefix.length < 4 || (round === 1 && !SECOND_PREFIXES.has(prefix))) break;
    w = rule[1] + w.slice(prefix.length);
  }
  return w;
}

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The stems of a text without stop-words, space-separated: what is stored and compared. */
export function fingerprint(text: string): string {
  return normalise(text)
    .split(" ")
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem)
    .join(" ");
}

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const o = b.get(k);
    if (o) dot += v * o;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function trigrams(fp: string): Set<string> {
  const s = new Set<string>();
  const joined = ` ${fp.replace(/ /g, "")} `;
  for (let i = 0; i + 3 <= joined.length; i++) s.add(joined.slice(i, i + 3));
  return s;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Similarity of two fingerprints, 0 (nothing shared) to 1 (same stems). */
export function similarity(fpA: string, fpB: string): number {
  const wa = fpA.split(" ").filter(Boolean);
  const wb = fpB.split(" ").filter(Boolean);
  if (!wa.length || !wb.length) return 0;
  return 0.6 * cosine(counts(wa), counts(wb)) + 0.4 * jaccard(trigrams(fpA), trigrams(fpB));
}

/** The best `limit` candidates at or above `threshold`, most similar first. */
export function rankSimilar<T extends { fingerprint: string }>(query: string, candidates: T[], limit = 5, threshold = 0.2) {
  const fp = fingerprint(query);
  return candidates
    .map((c) => ({ item: c, score: similarity(fp, c.fingerprint) }))
    .filter((r) => r.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
