// `npm run bench`: national-scale figures for the agenda page and the board's reports, on SQLite and
// PostgreSQL. Seeds a synthetic data set (98 cities, 2,000 users, 100,000 proposals, 2,000 agenda
// items, a 200-comment discussion), then times what the server does (the page's data functions, through Prisma) next to the
// same SQL run raw through the driver, twelve searches over the proposals' generated text (p50 ≤ 50 ms),
// and a 100,000-row XLSX export with its peak memory. Then evidence
// files of 1, 10 and 50 MiB: streamed up through the upload's code and back through the download's,
// with throughput and peak memory; the memory an upload or download holds must not grow with the size.
// Not part of `npm test`: it takes minutes. Options: --provider sqlite|postgresql, --proposals N,
// --only files (the files alone, on an empty migrated database: seconds, no seeding).
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { agendaSql, publicAgendaFilterSchema, publishedAgenda } from "../lib/agenda/public.server";
import { attachmentResponse } from "../lib/attachments/download.server";
import { attachmentLimits } from "../lib/attachments/settings";
import { receiveUpload } from "../lib/attachments/upload.server";
import { REGIONS } from "../lib/cities/constants";
import { implementationSql } from "../lib/commitments/queries.server";
import { createDb, ensureWal, type Db } from "../lib/db.server";
import { boardDownload } from "../lib/reports/downloads.server";
import { boardReport, reportSql } from "../lib/reports/queries.server";
import type { ReportFilter } from "../lib/reports/schemas";
import { seedThemes } from "../lib/seed/themes";
import { Prisma as P } from "../generated/sqlite/client";
import { thread } from "../lib/discussion/queries.server";
import { createProposal } from "../lib/proposals/commands.server";
import { proposalList } from "../lib/proposals/list.server";
import { draftSchema, listFilterSchema } from "../lib/proposals/schemas";
import type { Actor } from "../lib/policy/policy";
import { rebuildSearchIndex } from "../lib/search/index.server";
import { search, searchSql } from "../lib/search/queries.server";
import { searchSchema, SEARCH_PAGE_SIZE, type SearchInput } from "../lib/search/schemas";
import { queryGroups } from "../lib/search/text";
import { deployMigrations, type Provider } from "./lib/migrations";
import { databaseUrl, startTestPostgres } from "./lib/postgres";

const { values: args } = parseArgs({ options: { provider: { type: "string" }, proposals: { type: "string", default: "100000" }, only: { type: "string" }, "export-only": { type: "string" }, "files-only": { type: "string" } } });
if (args.only !== undefined && args.only !== "files") throw new Error(`--only takes "files", not "${args.only}"`);
const FILES_ONLY = args.only === "files";
const SCALE = { cities: 98, users: 2_000, proposals: Number(args.proposals), agendaItems: 2_000 };
const TARGET_RATIO = 1.5;
/** The typical search, at 100,000 proposals, answers within this (issue #19). */
const SEARCH_P50_TARGET_MS = 50;
/**
 * Below this many milliseconds of difference a ratio only measures the ORM's fixed cost per statement
 * (about a millisecond), which nobody can perceive: such a figure is within target whatever its ratio.
 */
const NEGLIGIBLE_MS = 2;
const THREAD_COMMENTS = 200;
const RUNS = 9;

type SqlLike = { sql: string; text: string; values: unknown[] };
type Raw = { run(q: SqlLike): Promise<unknown[]>; close(): Promise<void> };

// Deterministic data: the same set on every run and on both providers.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pad = (n: number, w = 6) => String(n).padStart(w, "0");
const WORDS = ["layanan", "ULD", "ketenagakerjaan", "pelatihan", "disabilitas", "kuota", "pemberi", "kerja", "data", "aksesibel", "kampanye", "magang", "wirausaha", "anggaran", "perwal"];
/** The working group's words, for proposals' texts: drawn often, the first most often (Zipf). */
const DOMAIN = [
  ...WORDS, "penyandang", "tenaga", "perusahaan", "dinas", "sosial", "melatih", "dilatih", "keterampilan", "digital", "pemuda", "perempuan", "juru", "bahasa",
  "isyarat", "kursi", "roda", "transportasi", "sekolah", "vokasi", "koperasi", "bursa", "lowongan", "sertifikasi", "pendataan", "aksesibilitas", "pendamping",
  "rehabilitasi", "terapi", "loket", "puskesmas", "sarana", "trotoar", "halte", "gedung", "kantor", "wali", "kota", "daerah", "provinsi", "nasional",
];
/** Other words, as many as a year of real proposals uses: syllables put together, mostly rare. */
const SYLLABLES = ["ka", "ri", "tu", "la", "no", "ma", "si", "ra", "gu", "pa", "lo", "ne", "da", "ku", "wa", "ya", "ho", "bi", "sa", "ta"];
const OTHER_WORDS = Array.from({ length: 3_000 }, (_, i) => {
  let w = "";
  for (let n = i + 1, k = 0; k < 3 || n > 0; k++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w;
});
/** What delegates search for: common words of the field, pairs, a compound, rare words. */
const SEARCHES = [
  "pelatihan", "ketenagakerjaan", "tenaga kerja", "juru bahasa isyarat", "magang perusahaan", "kuota disabilitas", "sertifikasi keterampilan digital",
  "trotoar halte", "koperasi perempuan", OTHER_WORDS[4], OTHER_WORDS[150], OTHER_WORDS[2_500],
];
/** An index into a list of `n`, the first most likely (Zipf, s = 1). */
function zipf(random: () => number, n: number): number {
  const h = Math.log(n) + 0.5772;
  const target = random() * h;
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    sum += 1 / k;
    if (sum >= target) return k - 1;
  }
  return n - 1;
}

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function seed(db: Db) {
  const random = rng(2023);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const now = new Date();
  const cities = Array.from({ length: SCALE.cities }, (_, i) => ({
    id: `city${pad(i, 3)}`, slug: `kota-${pad(i, 3)}`, name: `Kota ${pad(i, 3)}`, province: `Provinsi ${i % 38}`,
    region: REGIONS[i % REGIONS.length], timeZone: (["WIB", "WITA", "WIT"] as const)[i % 3], membershipStatus: i < 90 ? ("MEMBER" as const) : ("INVITED" as const), updatedAt: now,
  }));
  await db.city.createMany({ data: cities });
  await db.theme.createMany({ data: seedThemes.map((t, i) => ({ id: `theme${i}`, ...t, position: i, updatedAt: now })) });
  const forums = Array.from({ length: 4 }, (_, i) => ({
    id: `forum${i}`, slug: `forum-${i}`, title: `Forum Kota Inklusif ${2023 + i}`, venue: "Malang", startsOn: new Date(Date.UTC(2023 + i, 1, 27)), endsOn: new Date(Date.UTC(2023 + i, 1, 28)), updatedAt: now,
  }));
  await db.forum.createMany({ data: forums });
  const roles = ["BOARD", "CHAIR", "SECRETARIAT", "ADMIN"] as const;
  const users = Array.from({ length: SCALE.users }, (_, i) => {
    const delegate = i < SCALE.users - 40;
    return { id: `user${pad(i, 4)}`, email: `u${pad(i, 4)}@bench.example`, name: `Pengguna ${i}`, passwordHash: "bench-no-sign-in", role: delegate ? ("DELEGATE" as const) : roles[i % 4], cityId: delegate ? cities[i % SCALE.cities].id : null, updatedAt: now };
  });
  await inBatches(users, 1000, (data) => db.user.createMany({ data }));

  const statuses = [["SUBMITTED", 35], ["ACCEPTED", 15], ["REVISION_REQUESTED", 5], ["REJECTED", 10], ["MERGED", 30], ["WITHDRAWN", 5]] as const;
  const status = () => {
    let x = random() * 100;
    for (const [s, w] of statuses) if ((x -= w) < 0) return s;
    return "SUBMITTED" as const;
  };
  const text = (words: number) => Array.from({ length: words }, () => (random() < 0.3 ? DOMAIN[zipf(random, DOMAIN.length)] : OTHER_WORDS[zipf(random, OTHER_WORDS.length)])).join(" ");
  const proposals = Array.from({ length: SCALE.proposals }, (_, i) => ({
    id: `prop${pad(i, 7)}`, cityId: pick(cities).id, forumId: pick(forums).id, themeId: `theme${Math.floor(random() * seedThemes.length)}`,
    status: status(), scope: random() < 0.5 ? ("CITY_ACTION_PLAN" as const) : ("NATIONAL_AGENDA" as const),
    title: `Usulan ${i}: ${Array.from({ length: 6 }, () => pick(WORDS)).join(" ")}`, problem: text(40), action: text(30), submittedAt: new Date(Date.UTC(2023, 1, 1) + i * 60_000), updatedAt: now,
    endorsementCount: Math.floor(random() * random() * 30), commentCount: Math.floor(random() * random() * 40),
  }));
  await inBatches(proposals, 5000, (data) => db.proposal.createMany({ data }));
  const items = Array.from({ length: SCALE.agendaItems }, (_, i) => ({
    id: `item${pad(i, 5)}`, title: `Butir agenda ${i}: ${Array.from({ length: 5 }, () => pick(WORDS)).join(" ")}`, description: "Uraian butir agenda sintetis.",
    level: i % 3 ? ("NATIONAL" as const) : ("EVERY_CITY" as const), status: i < 1500 ? ("PUBLISHED" as const) : ("DRAFT" as const), priority: i + 1,
    themeId: `theme${i % seedThemes.length}`, forumId: forums[i % forums.length].id, publishedAt: i < 1500 ? now : null, updatedAt: now,
  }));
  await inBatches(items, 1000, (data) => db.agendaItem.createMany({ data }));
  const sources = proposals.filter((p) => p.status === "MERGED").map((p, i) => ({
    id: `src${pad(i, 7)}`, agendaItemId: items[i % items.length].id, proposalId: p.id, mergeId: `merge${pad(i % items.length, 5)}`, previousStatus: "SUBMITTED" as const,
  }));
  await inBatches(sources, 5000, (data) => db.agendaSource.createMany({ data }));
  // Every member city is committed to each published every-city item, at some stage of progress.
  const progress = ["NOT_STARTED", "PLANNED", "IN_PROGRESS", "DONE"] as const;
  const commitments = items.filter((i) => i.status === "PUBLISHED" && i.level === "EVERY_CITY").flatMap((item) =>
    cities.filter((c) => c.membershipStatus === "MEMBER").map((c) => {
      const status = pick(progress);
      return { agendaItemId: item.id, cityId: c.id, kind: "REQUIRED" as const, status, percent: status === "DONE" ? 100 : status === "NOT_STARTED" ? 0 : 50, updatedAt: now };
    }));
  await inBatches(commitments, 5000, (data) => db.commitment.createMany({ data }));
  // One busy thread: 200 comments on a submitted proposal, a third of them replies, some edited.
  const busy = proposals.find((p) => p.status === "SUBMITTED")!;
  const comments = Array.from({ length: THREAD_COMMENTS }, (_, i) => ({
    id: `cmt${pad(i, 4)}`, proposalId: busy.id, authorId: users[i % 200].id, cityId: users[i % 200].cityId,
    parentId: i % 3 === 2 ? `cmt${pad(i - 2, 4)}` : null, body: `Komentar ${i}: ${Array.from({ length: 40 }, () => pick(WORDS)).join(" ")}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000), editedAt: i % 10 === 0 ? now : null, updatedAt: now,
  }));
  await db.comment.createMany({ data: comments });
  await db.commentVersion.createMany({ data: comments.filter((c) => c.editedAt).map((c) => ({ commentId: c.id, body: "Teks sebelumnya.", createdAt: c.createdAt })) });
  return { proposals: proposals.length, sources: sources.length, commitments: commitments.length, busyProposal: busy.id, reader: users[0] };
}

/** Medians of server and raw timings, taken alternately so that caches favour neither. */
async function compare(server: () => Promise<unknown>, raw: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) {
    await server();
    await raw();
  }
  const times = { server: [] as number[], raw: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    for (const [key, fn] of [["server", server], ["raw", raw]] as const) {
      const start = performance.now();
      await fn();
      times[key].push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { serverMs: median(times.server), rawMs: median(times.raw) };
}

/** The agenda page's first page: the same three statements, run raw one after another. */
async function rawAgendaPage(raw: Raw) {
  const f = publicAgendaFilterSchema.parse({});
  await raw.run(agendaSql.counts(f) as unknown as SqlLike);
  const rows = (await raw.run(agendaSql.page(f, 50, 0) as unknown as SqlLike)) as { id: string }[];
  await raw.run(agendaSql.cities(rows.map((r) => r.id)) as unknown as SqlLike);
  await raw.run(implementationSql.byItem({}, rows.map((r) => r.id)) as unknown as SqlLike);
}

async function rawDashboard(raw: Raw, f: ReportFilter) {
  for (const build of Object.values(reportSql)) await raw.run(build(f) as unknown as SqlLike);
  for (const build of Object.values(implementationSql)) await raw.run(build(f) as unknown as SqlLike);
}

/** The proposal list's statements for a delegate, most endorsed first: page, count and the filters' options. */
async function rawProposalList(raw: Raw, cityId: string) {
  const visible = P.sql`p."status" <> 'DRAFT' AND (CAST(p."status" AS TEXT) IN ('SUBMITTED', 'REVISION_REQUESTED', 'ACCEPTED', 'REJECTED', 'MERGED') OR p."cityId" = ${cityId})`;
  await raw.run(P.sql`
    SELECT p."id", p."title", p."status", p."scope", p."submittedAt", p."isDemo", p."endorsementCount", p."commentCount",
      c."name", c."slug", c."region", c."timeZone", t."nameId", t."nameEn"
    FROM "Proposal" p JOIN "City" c ON c."id" = p."cityId" LEFT JOIN "Theme" t ON t."id" = p."themeId"
    WHERE ${visible}
    ORDER BY p."endorsementCount" DESC, p."submittedAt" DESC, p."id" ASC LIMIT 25` as unknown as SqlLike);
  await raw.run(P.sql`SELECT COUNT(*) FROM "Proposal" p WHERE ${visible}` as unknown as SqlLike);
  await raw.run(P.sql`SELECT "id", "title", "titleEn" FROM "Forum" ORDER BY "startsOn" DESC` as unknown as SqlLike);
  await raw.run(P.sql`SELECT "id", "name" FROM "City" ORDER BY "name"` as unknown as SqlLike);
  await raw.run(P.sql`SELECT "id", "slug", "nameId", "nameEn" FROM "Theme" ORDER BY "position"` as unknown as SqlLike);
}

/** A thread's statements: the subject's visibility, every comment with its author, city and earlier versions, the mute. */
async function rawThread(raw: Raw, proposalId: string, userId: string) {
  await raw.run(P.sql`SELECT "cityId", "status" FROM "Proposal" WHERE "id" = ${proposalId}` as unknown as SqlLike);
  await raw.run(P.sql`
    SELECT m."id", m."parentId", m."authorId", m."body", CAST(m."status" AS TEXT), m."hiddenReason", m."createdAt", m."editedAt", m."isDemo", u."name", c."name", v."body", v."createdAt", tm."userId"
    FROM "Comment" m LEFT JOIN "User" u ON u."id" = m."authorId" LEFT JOIN "City" c ON c."id" = m."cityId"
      LEFT JOIN "CommentVersion" v ON v."commentId" = m."id"
      LEFT JOIN "ThreadMute" tm ON tm."userId" = ${userId} AND tm."thread" = ${`proposal:${proposalId}`}
    WHERE m."proposalId" = ${proposalId} ORDER BY m."createdAt", m."id", v."createdAt"` as unknown as SqlLike);
}

async function exportXlsx(db: Db) {
  await db.$queryRawUnsafe("SELECT 1");
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const start = performance.now();
  const board = { id: "bench", role: "BOARD" as const, cityId: null };
  const response = await boardDownload(db, board, "id", "xlsx", undefined, {});
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
  const ms = performance.now() - start;
  clearInterval(timer);
  return { ms, bytes, peakRssMb: peak / 2 ** 20, growthMb: (peak - before) / 2 ** 20 };
}

const MiB = 2 ** 20;
const FILE_SIZES_MIB = [1, 10, 50];
/** Pieces of the generated upload body, as a network would deliver them. */
const PIECE_BYTES = 64 * 1024;
const SAMPLE_MS = 5;
/** In the pass that measures what is held, a full collection before each sample, at most this often. */
const HELD_SAMPLE_MS = 50;
/**
 * "Memory does not grow with file size", judged on what an upload or download holds: heap +
 * ArrayBuffers sampled right after a full collection, during the operation and at its end. For the
 * 50 MiB file it must stay below twice that for the 1 MiB file plus 16 MiB. Holding the file whole
 * even once adds 50 MiB and fails; a streaming pipeline holds a few pieces in flight whatever the size.
 * The peaks before collection (also shown) are not the criterion: each stored piece goes to the driver
 * as base64 and back, so every byte moved leaves a few bytes of short-lived garbage that V8 collects
 * only past its own thresholds. Those peaks rise with the bytes moved until the thresholds (near
 * 120 MiB for an upload, the same for 50, 100 and 200 MiB files) and stay there; 1 MiB never gets there.
 * Known cause of a failure (Prisma 7.10): its driver adapters pass each statement's arguments to
 * @prisma/debug, which keeps the last 100 calls' arguments even with DEBUG off, so an upload's last
 * ~100 pieces stay held as base64 (about 34 MiB from a 25 MiB file up) until later statements push them out.
 */
const FLAT_SLACK_MIB = 16;
/** Statements that push earlier ones' arguments out of Prisma's debug history (see above) before a baseline. */
const DEBUG_HISTORY = 100;
type Peak = { ms: number; mibPerS: number; heapMib: number; rssMib: number };
type FileFigure = { mib: number; upload: Peak; download: Peak; held: { upload: number; download: number } };
type FileFigures = { sizes: FileFigure[] };

const gc = () => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("the evidence files' figures need node --expose-gc (the bench starts them so)");
  collect();
};

/**
 * Runs `operation` over `bytes` bytes while sampling memory every SAMPLE_MS and whenever it calls
 * `sample` (on SQLite a download never yields to timers: each step is an already settled promise).
 * Peaks are above the baseline taken after a full collection just before. With `held`, each sample
 * follows a full collection, so it counts what the operation holds, not garbage (and is not timed).
 */
async function sampled(bytes: number, operation: (sample: () => void) => Promise<void>, held = false): Promise<Peak> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  const heap = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
  const base = process.memoryUsage();
  let peakHeap = heap(base);
  let peakRss = base.rss;
  let last = 0;
  const sample = () => {
    if (held) {
      if (performance.now() - last < HELD_SAMPLE_MS) return;
      // Twice: V8 frees dead ArrayBuffers' memory concurrently after a collection; the second one
      // waits for that, so what is counted is what is still reachable.
      gc();
      gc();
      last = performance.now();
    }
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heap(m));
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, held ? HELD_SAMPLE_MS : SAMPLE_MS);
  const start = performance.now();
  try {
    await operation(sample);
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - start;
  last = 0;
  sample();
  return { ms, mibPerS: bytes / MiB / (ms / 1000), heapMib: (peakHeap - heap(base)) / MiB, rssMib: (peakRss - base.rss) / MiB };
}

/**
 * A multipart upload of a `size`-byte PDF, generated piece by piece as the parser asks for it (the
 * bench never holds the file); `result.hash` is the SHA-256 of the file sent, once it is all read.
 */
function generatedUpload(proposalId: string, size: number, seed: number, onPiece: () => void) {
  const boundary = "----pokjaBenchBoundary7MA4YWxkTrZu0gW";
  const head = Buffer.from(`%PDF-1.4\n% bench ${size} ${seed}\n1 0 obj << /Type /Catalog >> endobj\n`);
  const tail = Buffer.from("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \n";
  const pattern = Buffer.from(Array.from({ length: PIECE_BYTES }, (_, i) => alphabet.charCodeAt((i * 31 + seed * 7) % alphabet.length)));
  const hash = createHash("sha256");
  const result = { hash: "" };
  let sent = -1; // -1: the multipart head comes first
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPiece();
      if (sent === -1) {
        sent = 0;
        controller.enqueue(new TextEncoder().encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nBerkas uji bench ${size} bita\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench-${size}-${seed}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ));
        return;
      }
      if (sent === size) {
        result.hash = hash.digest("hex");
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        controller.close();
        return;
      }
      // A fresh piece each time, as from a socket: the parser may still hold the previous one.
      const length = Math.min(PIECE_BYTES, size - sent);
      const piece = Buffer.allocUnsafe(length);
      pattern.copy(piece, 0, 0, length);
      if (sent === 0) head.copy(piece, 0);
      if (sent + length === size) tail.copy(piece, length - tail.length);
      hash.update(piece);
      sent += length;
      controller.enqueue(piece);
    },
  }, { highWaterMark: 0 });
  const request = new Request(`http://bench.local/api/uploads?${new URLSearchParams({ on: "proposal", id: proposalId })}`, {
    method: "POST", body, duplex: "half", headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  } as RequestInit);
  return { request, result };
}

/** Evidence files up and down through the portal's code, in this (fresh) process, against `url`. */
async function benchFiles(url: string): Promise<FileFigures> {
  const db = createDb(url);
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), "pokja-bench-uploads-"));
  try {
    // A city delegate (reused when the database has one from an earlier run) and a fresh draft.
    const city = await db.city.upsert({
      where: { slug: "kota-bench-berkas" }, update: {},
      create: { slug: "kota-bench-berkas", name: "Kota Bench Berkas", province: "Provinsi Bench", region: REGIONS[0], timeZone: "WIB", membershipStatus: "MEMBER" },
    });
    const user = await db.user.upsert({
      where: { email: "berkas@bench.example" }, update: {},
      create: { email: "berkas@bench.example", name: "Delegasi Bench Berkas", passwordHash: "bench-no-sign-in", role: "DELEGATE", cityId: city.id },
    });
    const delegate = { id: user.id, role: "DELEGATE" as const, cityId: city.id };
    const draft = await createProposal(db, delegate, draftSchema.parse({ title: `Bench berkas ${new Date().toISOString()}` }));
    // For the bench only: the portal's default limit is 10 MiB a file.
    const limits = { ...attachmentLimits(), maxBytes: 64 * MiB };
    // Each baseline without an earlier upload's pieces still held in Prisma's debug history.
    const flush = async () => {
      for (let i = 0; i < DEBUG_HISTORY; i++) await db.$queryRawUnsafe("SELECT 1");
    };
    let seed = 0;
    const upload = async (size: number, held: boolean) => {
      let id = "";
      await flush();
      const peak = await sampled(size, async (sample) => {
        const { request, result } = generatedUpload(draft.id, size, ++seed, sample);
        const outcome = await receiveUpload(db, delegate, request, { limits, tmpDir });
        if (!outcome.ok) throw new Error(`upload of ${size} bytes refused: ${outcome.code}`);
        const row = await db.attachment.findFirstOrThrow({ where: { proposalId: draft.id, fileName: `bench-${size}-${seed}.pdf` }, select: { id: true, sha256: true } });
        if (row.sha256 !== result.hash) throw new Error(`stored file of ${size} bytes has SHA-256 ${row.sha256}, sent ${result.hash}`);
        id = row.id;
      }, held);
      return { peak, id };
    };
    const download = async (id: string, size: number, held: boolean) => {
      await flush();
      return sampled(size, async (sample) => {
        const response = await attachmentResponse(db, delegate, id, { inline: false, ifNoneMatch: null });
        if (response.status !== 200 || !response.body) throw new Error(`download of ${size} bytes: HTTP ${response.status}`);
        // Counted and dropped, piece by piece.
        let bytes = 0;
        const reader = response.body.getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
          bytes += next.value.byteLength;
          sample();
        }
        if (bytes !== size) throw new Error(`download of ${size} bytes gave ${bytes}`);
      }, held);
    };
    // Warm-up: the first statement of each kind compiles its query.
    await download((await upload(MiB, false)).id, MiB, false);
    const sizes: FileFigure[] = [];
    for (const mib of FILE_SIZES_MIB) {
      const size = mib * MiB;
      const up = await upload(size, false);
      const down = await download(up.id, size, false);
      const heldUp = await upload(size, true);
      const heldDown = await download(heldUp.id, size, true);
      sizes.push({ mib, upload: up.peak, download: down, held: { upload: heldUp.peak.heapMib, download: heldDown.heapMib } });
    }
    return { sizes };
  } finally {
    await db.$disconnect();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

/** The check on memory: what the largest file's upload or download holds against the smallest's. */
function filesFlat(f: FileFigures) {
  const held = (s: FileFigure) => Math.max(s.held.upload, s.held.download);
  const small = f.sizes[0];
  const large = f.sizes[f.sizes.length - 1];
  const limit = 2 * Math.max(0, held(small)) + FLAT_SLACK_MIB;
  return { small, large, smallHeld: held(small), largeHeld: held(large), limit, ok: held(large) < limit };
}

/** The files in a fresh process (as the export), so the memory is theirs; --expose-gc for collections. */
function filesInChild(url: string): FileFigures {
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.resolve("scripts/bench.ts"), "--files-only", url], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`evidence files failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as FileFigures;
}

async function benchProvider(provider: Provider) {
  let url: string;
  let raw: Raw;
  let stop = () => {};
  if (provider === "sqlite") {
    const dir = path.resolve(".tmp", "bench");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "bench.db");
    url = `file:${file}`;
    new Database(file).close();
    ensureWal(file);
    await deployMigrations(url);
    raw = reopenSqlite(url);
  } else {
    const cluster = startTestPostgres();
    stop = () => cluster.stop();
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "pokja_bench" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "pokja_bench"`);
    await admin.end();
    url = databaseUrl(cluster.adminUrl, "pokja_bench");
    await deployMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    raw = { run: async (q) => (await client.query(q.text, q.values)).rows, close: async () => { await client.end(); } };
  }
  const db = createDb(url);
  try {
    if (FILES_ONLY) return { provider, seedSeconds: 0, counts: null, rows: [], xlsx: null, files: filesInChild(url), search: null };
    const seedStart = performance.now();
    const counts = await seed(db);
    const indexStart = performance.now();
    const searchRows = await rebuildSearchIndex(db);
    const indexSeconds = (performance.now() - indexStart) / 1000;
    // Fresh statistics, as a production database would have; the raw SQLite connection reopens to see them.
    await db.$executeRawUnsafe("ANALYZE");
    if (provider === "sqlite") {
      await raw.close();
      raw = reopenSqlite(url);
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(`  ${provider}: seeded ${counts.proposals} proposals, ${counts.sources} agenda sources, ${counts.commitments} commitments in ${seedSeconds.toFixed(1)} s (search index: ${searchRows} rows in ${indexSeconds.toFixed(1)} s)`);

    const rows: { figure: string; serverMs: number; rawMs: number; ratio: number }[] = [];
    const measure = async (figure: string, server: () => Promise<unknown>, rawFn: () => Promise<unknown>) => {
      const { serverMs, rawMs } = await compare(server, rawFn);
      rows.push({ figure, serverMs, rawMs, ratio: serverMs / rawMs });
    };
    const agendaFilter = publicAgendaFilterSchema.parse({});
    await measure("agenda page (first 50 of 1,500 published)", () => publishedAgenda(db, agendaFilter), () => rawAgendaPage(raw));
    await measure("board dashboard (all cities)", () => boardReport(db, {}), () => rawDashboard(raw, {}));
    await measure("board dashboard (region = JAWA)", () => boardReport(db, { region: "JAWA" }), () => rawDashboard(raw, { region: "JAWA" }));
    const delegate = { id: counts.reader.id, role: "DELEGATE" as const, cityId: counts.reader.cityId };
    await measure("proposal list, most endorsed (delegate)", () => proposalList(db, delegate, listFilterSchema.parse({ sort: "endorsed" })), () => rawProposalList(raw, delegate.cityId!));
    await measure(`discussion thread (${THREAD_COMMENTS} comments)`, () => thread(db, delegate, { kind: "proposal", id: counts.busyProposal }), () => rawThread(raw, counts.busyProposal, delegate.id));
    // Search as a delegate (the widest policy: other cities' sent proposals and their own drafts), from
    // words on almost every proposal to words on a few; the p50 is the typical query's.
    const searchFigures: { q: string; matches: number; serverMs: number; rawMs: number }[] = [];
    for (const q of SEARCHES) {
      const f = searchSchema.parse({ q });
      const { total } = await search(f, delegate, db);
      const { serverMs, rawMs } = await compare(() => search(f, delegate, db), () => rawSearch(raw, provider, f, delegate));
      rows.push({ figure: `search "${q}" (${total} matches)`, serverMs, rawMs, ratio: serverMs / rawMs });
      searchFigures.push({ q, matches: total, serverMs, rawMs });
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const searchP50 = { serverMs: median(searchFigures.map((s) => s.serverMs)), rawMs: median(searchFigures.map((s) => s.rawMs)) };
    // The export runs in a fresh process, so its peak memory is the export's, not the seeding's.
    const child = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/bench.ts"), "--export-only", url], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`XLSX export failed: ${child.stderr}`);
    const xlsx = JSON.parse(child.stdout.trim().split("\n").pop()!) as Awaited<ReturnType<typeof exportXlsx>>;
    return { provider, seedSeconds, counts, rows, xlsx, files: filesInChild(url), search: { rows: searchRows, indexSeconds, p50: searchP50, targetMs: SEARCH_P50_TARGET_MS, figures: searchFigures } };
  } finally {
    await db.$disconnect();
    await raw.close().catch(() => {});
    stop();
  }
}

/** The search's two statements (ranked page, counts by kind), run raw. */
async function rawSearch(raw: Raw, provider: Provider, f: SearchInput, actor: Actor) {
  const sql = searchSql(provider, queryGroups(f.q), f, actor, SEARCH_PAGE_SIZE, 0);
  await raw.run(sql.page as unknown as SqlLike);
  await raw.run(sql.counts as unknown as SqlLike);
}

function reopenSqlite(url: string): Raw {
  const conn = new Database(url.replace(/^file:/, ""), { readonly: true });
  return { run: async (q) => conn.prepare(q.sql).all(...(q.values as string[])), close: async () => { conn.close(); } };
}

if (args["export-only"]) {
  const db = createDb(args["export-only"]);
  console.log(JSON.stringify(await exportXlsx(db)));
  await db.$disconnect();
  process.exit(0);
}
if (args["files-only"]) {
  console.log(JSON.stringify(await benchFiles(args["files-only"])));
  process.exit(0);
}

const providers: Provider[] = args.provider ? [args.provider as Provider] : ["sqlite", "postgresql"];
if (FILES_ONLY) console.log(`Bench: evidence files of ${FILE_SIZES_MIB.join(", ")} MiB only, on an empty database.`);
else console.log(`Bench: ${SCALE.cities} cities, ${SCALE.users} users, ${SCALE.proposals} proposals, ${SCALE.agendaItems} agenda items; median of ${RUNS} runs.`);
const results = [];
for (const p of providers) results.push(await benchProvider(p));

let failed = false;
let filesGrow = false;
for (const r of results) {
  console.log(`\n${r.provider}`);
  if (r.rows.length) console.log(`  ${"figure".padEnd(44)} ${"server ms".padStart(10)} ${"raw SQL ms".padStart(11)} ${"ratio".padStart(6)}`);
  for (const row of r.rows) {
    const ok = row.ratio <= TARGET_RATIO || row.serverMs - row.rawMs <= NEGLIGIBLE_MS;
    failed ||= !ok;
    console.log(`  ${row.figure.padEnd(44)} ${row.serverMs.toFixed(1).padStart(10)} ${row.rawMs.toFixed(1).padStart(11)} ${row.ratio.toFixed(2).padStart(6)}${ok ? "" : "  ABOVE TARGET"}`);
  }
  if (r.search) {
    const ok = r.search.p50.serverMs <= SEARCH_P50_TARGET_MS;
    failed ||= !ok;
    console.log(`  search p50 over ${r.search.figures.length} queries: ${r.search.p50.serverMs.toFixed(1)} ms (target ≤ ${SEARCH_P50_TARGET_MS} ms), raw SQL ${r.search.p50.rawMs.toFixed(1)} ms, ratio ${(r.search.p50.serverMs / r.search.p50.rawMs).toFixed(2)}${ok ? "" : "  ABOVE TARGET"}`);
  }
  if (r.counts && r.xlsx) console.log(`  XLSX export of ${r.counts.proposals} proposal rows: ${(r.xlsx.ms / 1000).toFixed(1)} s, ${(r.xlsx.bytes / 2 ** 20).toFixed(1)} MiB, peak RSS ${r.xlsx.peakRssMb.toFixed(0)} MiB (${r.xlsx.growthMb.toFixed(0)} MiB above the idle process)`);
  const upDown = (up: number, down: number) => `${up.toFixed(1)} / ${down.toFixed(1)}`;
  console.log(`${r.rows.length ? "\n" : ""}  evidence files, streamed up and down; memory above the process just before, upload / download:`);
  console.log(`  ${"size".padEnd(8)} ${"upload MiB/s".padStart(13)} ${"download MiB/s".padStart(15)} ${"peak extra heap+arrayBuffers MiB".padStart(33)} ${"peak extra RSS MiB".padStart(19)} ${"held heap+arrayBuffers MiB".padStart(27)}`);
  for (const s of r.files.sizes) {
    console.log(`  ${`${s.mib} MiB`.padEnd(8)} ${s.upload.mibPerS.toFixed(1).padStart(13)} ${s.download.mibPerS.toFixed(1).padStart(15)} ${upDown(s.upload.heapMib, s.download.heapMib).padStart(33)} ${upDown(s.upload.rssMib, s.download.rssMib).padStart(19)} ${upDown(s.held.upload, s.held.download).padStart(27)}`);
  }
  const flat = filesFlat(r.files);
  filesGrow ||= !flat.ok;
  console.log(`  memory does not grow with file size: ${flat.large.mib} MiB holds ${flat.largeHeld.toFixed(1)} MiB, limit 2 × ${flat.smallHeld.toFixed(1)} (${flat.small.mib} MiB) + ${FLAT_SLACK_MIB} = ${flat.limit.toFixed(1)} MiB${flat.ok ? "" : "  GROWS WITH FILE SIZE"}`);
}
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
if (SCALE.proposals === 100_000 && !args.provider && !FILES_ONLY) {
  writeFileSync(path.join("bench", "results", "reports.json"), `${JSON.stringify({ date: new Date().toISOString(), machine, scale: SCALE, targetRatio: TARGET_RATIO, results }, null, 2)}\n`);
  console.log("\nWritten to bench/results/reports.json");
}
if (!FILES_ONLY) console.log(failed ? `\nSome ratios are above the target of ${TARGET_RATIO} (by more than ${NEGLIGIBLE_MS} ms).` : `\nAll ratios within the target of ${TARGET_RATIO} (or within ${NEGLIGIBLE_MS} ms of raw SQL).`);
console.log(filesGrow ? "Memory held by an evidence file's upload or download grows with its size." : "Memory held by an evidence file's upload or download does not grow with its size.");
process.exit(failed || filesGrow ? 1 : 0);
