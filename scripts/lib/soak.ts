// Load and crash runs against the real production server on loopback, through its no-JavaScript
// forms exactly as a browser sends them: delegates sign in and submit proposals, board members read
// the reports. Every submission the server acknowledges (303 to the new proposal) must be in the
// database afterwards, also after the server is killed with SIGKILL in the middle and started again.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password.server.ts";
import { createDb } from "../../lib/db.server.ts";
import { buildIfNeeded } from "./build.ts";
import { formFields } from "./html-forms.ts";
import { prepareDatabase } from "./database.ts";
import type { Provider } from "./migrations.ts";
import { databaseUrl, startTestPostgres } from "./postgres.ts";

export type SoakOptions = { provider: Provider; seconds: number; delegates: number; readers: number; crash: boolean; port: number };
export type SoakResult = {
  provider: Provider; seconds: number; delegates: number; readers: number; crash: boolean;
  requests: number; errors: number; errorSamples: string[]; acknowledged: number; stored: number; missing: number;
  throughputPerSecond: number; latencyMs: { p50: number; p95: number; p99: number; max: number };
  integrity: string; servesAfter: boolean; downtimeFailures: number;
};

const PASSWORD = "Soak-Test-Password-2026";

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function prepare(o: SoakOptions): Promise<{ url: string; stop: () => void }> {
  if (o.provider === "sqlite") {
    const dir = path.resolve(".tmp", "soak");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const url = `file:${path.join(dir, "portal.db")}`;
    await prepareDatabase(url, { demoAccounts: true });
    return { url, stop: () => {} };
  }
  const cluster = startTestPostgres();
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "pokja_soak" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "pokja_soak"`);
  await admin.end();
  const url = databaseUrl(cluster.adminUrl, "pokja_soak");
  await prepareDatabase(url, { demoAccounts: true });
  return { url, stop: () => cluster.stop() };
}

async function createUsers(url: string, o: SoakOptions) {
  const db = createDb(url);
  try {
    const hash = await hashPassword(PASSWORD);
    const cities = await db.city.findMany({ where: { membershipStatus: "MEMBER" }, select: { id: true } });
    const delegates = Array.from({ length: o.delegates }, (_, i) => ({ email: `soak.delegate.${i}@pokja.example`, name: `Soak ${i}`, passwordHash: hash, role: "DELEGATE" as const, cityId: cities[i % cities.length].id }));
    const readers = Array.from({ length: o.readers }, (_, i) => ({ email: `soak.board.${i}@pokja.example`, name: `Board ${i}`, passwordHash: hash, role: "BOARD" as const }));
    await db.user.createMany({ data: [...delegates, ...readers] });
    // Delegates submit to the demo forum, whose window is open around the day the database was made.
    const forum = await db.forum.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } });
    const theme = await db.theme.findFirstOrThrow({ select: { id: true } });
    return { delegates: delegates.map((d) => d.email), readers: readers.map((r) => r.email), forumId: forum.id, themeId: theme.id };
  } finally {
    await db.$disconnect();
  }
}

/** The server's last error lines, read continuously (an unread pipe would block the server). */
const serverErrors: string[] = [];

function startServer(url: string, port: number): ChildProcess {
  // The portal's own server in a process of its own, so the run can kill it with SIGKILL.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url, NEXTAUTH_SECRET: "soak-only-secret-0123456789abcdef0123", NEXTAUTH_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn", PORT: String(port), HOSTNAME: "127.0.0.1" },
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    serverErrors.push(...String(chunk).split("\n").filter(Boolean));
    serverErrors.splice(0, Math.max(0, serverErrors.length - 20));
  });
  return child;
}

async function waitHealthy(base: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${base} did not become healthy`);
}

async function signIn(base: string, email: string): Promise<string> {
  const page = await fetch(`${base}/sign-in`);
  const fd = new FormData();
  for (const [k, v] of formFields(await page.text(), 'name="email"')) fd.append(k, v);
  fd.append("email", email);
  fd.append("password", PASSWORD);
  const res = await fetch(`${base}/sign-in`, { method: "POST", body: fd, redirect: "manual" });
  const cookie = res.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!cookie) throw new Error(`sign-in of ${email} failed with ${res.status}`);
  return cookie.split(";")[0];
}

export async function runSoak(o: SoakOptions, log: (line: string) => void = console.log): Promise<SoakResult> {
  buildIfNeeded();
  const { url, stop } = await prepare(o);
  const base = `http://127.0.0.1:${o.port}`;
  let server = startServer(url, o.port);
  const latencies: number[] = [];
  const errors: string[] = [];
  const acknowledged: string[] = [];
  let downtimeFailures = 0;
  let down = false;
  try {
    const users = await createUsers(url, o);
    await waitHealthy(base);
    const delegateCookies = await Promise.all(users.delegates.map((e) => signIn(base, e)));
    const readerCookies = await Promise.all(users.readers.map((e) => signIn(base, e)));
    log(`  ${o.provider}: ${o.delegates} delegates and ${o.readers} board members signed in; running ${o.seconds} s${o.crash ? " with a SIGKILL halfway" : ""}`);
    const started = Date.now();
    // Moved on by the crash below, so a slow machine still runs both halves in full.
    let end = started + o.seconds * 1000;
    const timed = async <T>(fn: () => Promise<T>) => {
      const t0 = performance.now();
      const value = await fn();
      latencies.push(performance.now() - t0);
      return value;
    };
    const fail = (what: string) => {
      if (down) downtimeFailures++;
      else if (errors.push(what) > 1000) errors.length = 1000;
    };

    const delegateLoop = async (cookie: string, i: number) => {
      for (let n = 0; Date.now() < end; n++) {
        const title = `Soak ${o.provider} ${i}-${n} usulan uji beban`;
        try {
          const page = await timed(() => fetch(`${base}/workspace/new`, { headers: { cookie } }));
          if (page.status !== 200) throw new Error(`GET /workspace/new ${page.status}`);
          const fd = new FormData();
          for (const [k, v] of formFields(await page.text(), 'name="title"')) fd.append(k, v);
          for (const [k, v] of Object.entries({
            title, forumId: users.forumId, themeId: users.themeId, scope: "CITY_ACTION_PLAN", problem: "Pencari kerja penyandang disabilitas belum terdata di kota ini.",
            action: "Membentuk layanan pendaftaran terpadu di dinas tenaga kerja kota.", targetGroups: "PHYSICAL", timeframe: "SHORT", leadAgency: "Disnaker", indicators: "Jumlah pencari kerja terdaftar", intent: "submit",
          })) fd.append(k, v);
          const res = await timed(() => fetch(`${base}/workspace/new`, { method: "POST", body: fd, headers: { cookie }, redirect: "manual" }));
          const location = res.headers.get("location") ?? "";
          if (res.status === 303 && /\/proposals\/[^/?]+/.test(location)) acknowledged.push(title);
          else fail(`POST /workspace/new ${res.status} ${location}`);
        } catch (error) {
          fail(String((error as Error).message).slice(0, 120));
          if (down) await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const readerLoop = async (cookie: string, i: number) => {
      for (let n = 0; Date.now() < end; n++) {
        try {
          const res = await timed(() => fetch(`${base}/reports${(i + n) % 2 ? "?region=JAWA" : ""}`, { headers: { cookie } }));
          await res.arrayBuffer();
          if (res.status !== 200) fail(`GET /reports ${res.status}`);
        } catch (error) {
          fail(String((error as Error).message).slice(0, 120));
          if (down) await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const crash = async () => {
      if (!o.crash) return;
      await new Promise((r) => setTimeout(r, (o.seconds * 1000) / 2));
      // A crash proves something only once submissions were acknowledged: on a loaded machine the
      // first may take longer than half the run, so wait for it (at most a minute).
      const patience = Date.now() + 60_000;
      while (acknowledged.length === 0 && Date.now() < patience) await new Promise((r) => setTimeout(r, 100));
      down = true;
      server.kill("SIGKILL");
      await new Promise((r) => server.once("exit", r));
      log(`  ${o.provider}: server killed (SIGKILL) with ${acknowledged.length} submissions acknowledged; starting it again`);
      server = startServer(url, o.port);
      await waitHealthy(base);
      down = false;
      end = Math.max(end, Date.now() + (o.seconds * 1000) / 2);
    };
    await Promise.all([...delegateCookies.map(delegateLoop), ...readerCookies.map(readerLoop), crash()]);
    const elapsed = (Date.now() - started) / 1000;

    // Every acknowledged submission is stored; the database is intact; the portal still serves.
    let stored: string[];
    let integrity: string;
    if (o.provider === "sqlite") {
      const db = new Database(url.slice("file:".length), { readonly: true });
      stored = (db.prepare(`SELECT "title" FROM "Proposal" WHERE "title" LIKE 'Soak %'`).all() as { title: string }[]).map((r) => r.title);
      integrity = String(db.pragma("integrity_check", { simple: true }));
      db.close();
    } else {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      stored = (await client.query(`SELECT "title" FROM "Proposal" WHERE "title" LIKE 'Soak %'`)).rows.map((r) => r.title);
      // amcheck verifies every B-tree index of the portal's tables against the heap.
      await client.query("CREATE EXTENSION IF NOT EXISTS amcheck");
      const indexes = (await client.query(`SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = c.relam WHERE n.nspname = 'public' AND am.amname = 'btree'`)).rows as { oid: number; relname: string }[];
      const broken: string[] = [];
      for (const index of indexes) {
        try {
          await client.query("SELECT bt_index_check($1::regclass, true)", [index.oid]);
        } catch (error) {
          broken.push(`${index.relname}: ${(error as Error).message}`);
        }
      }
      integrity = broken.length ? broken.join("; ") : "ok";
      await client.end();
    }
    const storedSet = new Set(stored);
    const missing = acknowledged.filter((t) => !storedSet.has(t)).length;
    const servesAfter = (await fetch(`${base}/agenda`)).status === 200 && (await fetch(`${base}/api/health`)).status === 200;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      provider: o.provider, seconds: o.seconds, delegates: o.delegates, readers: o.readers, crash: o.crash,
      requests: latencies.length, errors: errors.length, errorSamples: [...new Set(errors)].slice(0, 5).concat(errors.length ? serverErrors.slice(-5) : []), acknowledged: acknowledged.length,
      stored: stored.length, missing, throughputPerSecond: Math.round(latencies.length / elapsed),
      latencyMs: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted.at(-1) ?? 0) },
      integrity, servesAfter, downtimeFailures,
    };
  } finally {
    server.kill("SIGKILL");
    stop();
  }
}
