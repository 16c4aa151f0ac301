// Brings a database to the current schema, seeding it when it is new. A new SQLite file is built
// under a temporary name and renamed only when complete, so a failed first start leaves nothing.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { createDb, ensureWal } from "../../lib/db.server.ts";
import { parseDatabaseUrl, redactUrl } from "../../lib/db/url.ts";
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
    return { applied, seeded: empty };
  } finally {
    await db.$disconnect();
  }
}

export const describeDatabase = (url: string) => {
  const target = parseDatabaseUrl(url);
  return target.provider === "sqlite" ? `SQLite ${target.file}` : `PostgreSQL ${redactUrl(url)}`;
};
