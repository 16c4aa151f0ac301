// Brings a database to the current schema, seeding it when it is new. A new SQLite file is built
// under a temporary name and renamed only when complete, so a failed first start leaves nothing.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { createDb, ensureWal } from "../../lib/db.server.ts";
import { parseDatabaseUrl, redactUrl } from "../../lib/db/url.ts";
import { ensureSearchIndex } from "../../lib/search/index.server.ts";
import { isEmpty, seedDatabase } from "../../lib/seed/seed.server.ts";
import { deployMigrations } from "./migrations.ts";

export type PrepareResult = { applied: string[]; seeded: boolean };

export async function prepareDatabase(url: string, options: { demoAccounts: boolean }): Promise<PrepareResult> {
  const target = parseDatabaseUrl(url);
  if (target.provider === "sqlite" && !existsSync(target.file)) {
    mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    const partial = `${target.file}.partial`;
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    try {
      const result = await migrateAndSeed(`file:${partial}`, options);
      renameSync(partial, target.file);
      return result;
    } catch (error) {
      for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
      throw error;
    }
  }
  return migrateAndSeed(target.url, options);
}

async function migrateAndSeed(url: string, options: { demoAccounts: boolean }): Promise<PrepareResult> {
  const target = parseDatabaseUrl(url);
  if (target.provider === "sqlite") ensureWal(target.file);
  const applied = await deployMigrations(url);
  const db = createDb(url);
  try {
    const empty = await isEmpty(db);
    if (empty) await seedDatabase(db, options);
    // A database from before search existed gets its index once.
    else await ensureSearchIndex(db);
    return { applied, seeded: empty };
  } finally {
    await db.$disconnect();
  }
}

export const describeDatabase = (url: string) => {
  const target = parseDatabaseUrl(url);
  return target.provider === "sqlite" ? `SQLite ${target.file}` : `PostgreSQL ${redactUrl(url)}`;
};

/** One line an operator can act on, for the usual ways a database is not usable. */
export function explainDatabaseError(url: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  const target = parseDatabaseUrl(url);
  if (target.provider === "postgresql") {
    const u = new URL(url);
    const where = `${u.hostname}:${u.port || 5432}`;
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "ETIMEDOUT" || e.code === "EHOSTUNREACH") {
      return `cannot reach the PostgreSQL server at ${where} (${e.code})`;
    }
    if (e.code === "28P01" || e.code === "28000") return `PostgreSQL at ${where} refused the user name or password`;
    if (e.code === "3D000") return `database '${u.pathname.slice(1)}' does not exist on ${where}: create it first (createdb)`;
  }
  if (e.code === "SQLITE_CANTOPEN") return `cannot open ${target.provider === "sqlite" ? target.file : "the file"}: check the folder exists and is writable`;
  return (e.message ?? String(error)).split("\n")[0];
}
