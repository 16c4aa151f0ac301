// Builds two template databases per provider (migrated; migrated and seeded) once per run. Each test
// file then gets its own copy (tests/support/db.ts), so files run in parallel on real databases.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "../../lib/db.server";
import { seedDatabase } from "../../lib/seed/seed.server";
import { deployMigrations } from "../../scripts/lib/migrations";
import { databaseUrl, startTestPostgres } from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    templates: { empty: string; seeded: string };
    pgAdminUrl: string;
  }
}

export const TEMPLATE_DIR = path.resolve(".tmp", "test-templates");

export default async function setup(project: TestProject) {
  const provider = project.config.env?.TEST_DB_PROVIDER;
  if (provider === "postgresql") {
    const cluster = startTestPostgres();
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    const urls: Record<string, string> = {};
    for (const kind of ["empty", "seeded"] as const) {
      const name = `pokja_tpl_${kind}`;
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      urls[kind] = databaseUrl(cluster.adminUrl, name);
      await prepare(urls[kind], kind === "seeded");
    }
    await admin.end();
    project.provide("templates", { empty: "pokja_tpl_empty", seeded: "pokja_tpl_seeded" });
    project.provide("pgAdminUrl", cluster.adminUrl);
    return () => cluster.stop();
  }
  const dir = path.join(TEMPLATE_DIR, process.pid.toString());
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const empty = path.join(dir, "empty.db");
  const seeded = path.join(dir, "seeded.db");
  await prepare(`file:${empty}`, false);
  copyFileSync(empty, seeded);
  await prepare(`file:${seeded}`, true);
  project.provide("templates", { empty, seeded });
  project.provide("pgAdminUrl", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

async function prepare(url: string, seed: boolean) {
  await deployMigrations(url);
  if (!seed) return;
  const db = createDb(url);
  try {
    await seedDatabase(db, { demoAccounts: true });
  } finally {
    await db.$disconnect();
  }
}
