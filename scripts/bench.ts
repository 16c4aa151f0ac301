// `npm run bench`: national-scale figures for the agenda page and the board's reports, on SQLite and
// PostgreSQL. Seeds a synthetic data set (98 cities, 2,000 users, 100,000 proposals, 2,000 agenda
// items, a 200-comment discussion), then times what the server does (the page's data functions, through Prisma) next to the
// same SQL run raw through the driver, and a 100,000-row XLSX export with its peak memory.
// Not part of `npm test`: it takes minutes. Options: --provider sqlite|postgresql, --proposals N.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { agendaSql, publicAgendaFilterSchema, publishedAgenda } from "../lib/agenda/public.server";
import { REGIONS } from "../lib/cities/constants";
import { implementationSql } from "../lib/commitments/queries.server";
import { createDb, ensureWal, type Db } from "../lib/db.server";
import { boardDownload } from "../lib/reports/downloads.server";
import { boardReport, reportSql } from "../lib/reports/queries.server";
import type { ReportFilter } from "../lib/reports/schemas";
import { seedThemes } from "../lib/seed/themes";
import { Prisma as P } from "../generated/sqlite/client";
import { thread } from "../lib/discussion/queries.server";
import { proposalList } from "../lib/proposals/list.server";
import { listFilterSchema } from "../lib/proposals/schemas";
import { deployMigrations, type Provider } from "./lib/migrations";
import { databaseUrl, startTestPostgres } from "./lib/postgres";

const { values: args } = parseArgs({ options: { provider: { type: "string" }, proposals: { type: "string", default: "100000" }, "export-only": { type: "string" } } });
const SCALE = { cities: 98, users: 2_000, proposals: Number(args.proposals), agendaItems: 2_000 };
const TARGET_RATIO = 1.5;
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
  const proposals = Array.from({ length: SCALE.proposals }, (_, i) => ({
    id: `prop${pad(i, 7)}`, cityId: pick(cities).id, forumId: pick(forums).id, themeId: `theme${Math.floor(random() * seedThemes.length)}`,
    status: status(), scope: random() < 0.5 ? ("CITY_ACTION_PLAN" as const) : ("NATIONAL_AGENDA" as const),
    title: `Usulan ${i}: ${Array.from({ length: 6 }, () => pick(WORDS)).join(" ")}`, submittedAt: new Date(Date.UTC(2023, 1, 1) + i * 60_000), updatedAt: now,
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
    const seedStart = performance.now();
    const counts = await seed(db);
    // Fresh statistics, as a production database would have; the raw SQLite connection reopens to see them.
    await db.$executeRawUnsafe("ANALYZE");
    if (provider === "sqlite") {
      await raw.close();
      raw = reopenSqlite(url);
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(`  ${provider}: seeded ${counts.proposals} proposals, ${counts.sources} agenda sources, ${counts.commitments} commitments in ${seedSeconds.toFixed(1)} s`);

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
    // The export runs in a fresh process, so its peak memory is the export's, not the seeding's.
    const child = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/bench.ts"), "--export-only", url], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`XLSX export failed: ${child.stderr}`);
    const xlsx = JSON.parse(child.stdout.trim().split("\n").pop()!) as Awaited<ReturnType<typeof exportXlsx>>;
    return { provider, seedSeconds, counts, rows, xlsx };
  } finally {
    await db.$disconnect();
    await raw.close().catch(() => {});
    stop();
  }
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

const providers: Provider[] = args.provider ? [args.provider as Provider] : ["sqlite", "postgresql"];
console.log(`Bench: ${SCALE.cities} cities, ${SCALE.users} users, ${SCALE.proposals} proposals, ${SCALE.agendaItems} agenda items; median of ${RUNS} runs.`);
const results = [];
for (const p of providers) results.push(await benchProvider(p));

let failed = false;
for (const r of results) {
  console.log(`\n${r.provider}`);
  console.log(`  ${"figure".padEnd(44)} ${"server ms".padStart(10)} ${"raw SQL ms".padStart(11)} ${"ratio".padStart(6)}`);
  for (const row of r.rows) {
    const ok = row.ratio <= TARGET_RATIO || row.serverMs - row.rawMs <= NEGLIGIBLE_MS;
    failed ||= !ok;
    console.log(`  ${row.figure.padEnd(44)} ${row.serverMs.toFixed(1).padStart(10)} ${row.rawMs.toFixed(1).padStart(11)} ${row.ratio.toFixed(2).padStart(6)}${ok ? "" : "  ABOVE TARGET"}`);
  }
  console.log(`  XLSX export of ${r.counts.proposals} proposal rows: ${(r.xlsx.ms / 1000).toFixed(1)} s, ${(r.xlsx.bytes / 2 ** 20).toFixed(1)} MiB, peak RSS ${r.xlsx.peakRssMb.toFixed(0)} MiB (${r.xlsx.growthMb.toFixed(0)} MiB above the idle process)`);
}
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
if (SCALE.proposals === 100_000 && !args.provider) {
  writeFileSync(path.join("bench", "results", "reports.json"), `${JSON.stringify({ date: new Date().toISOString(), machine, scale: SCALE, targetRatio: TARGET_RATIO, results }, null, 2)}\n`);
  console.log("\nWritten to bench/results/reports.json");
}
console.log(failed ? `\nSome ratios are above the target of ${TARGET_RATIO} (by more than ${NEGLIGIBLE_MS} ms).` : `\nAll ratios within the target of ${TARGET_RATIO} (or within ${NEGLIGIBLE_MS} ms of raw SQL).`);
process.exit(failed ? 1 : 0);
