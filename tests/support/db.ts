// A private database for one test file, copied from a template made by global-setup.ts, on the
// provider of the current Vitest project (TEST_DB_PROVIDER). No mocks: real SQLite, real PostgreSQL.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../../lib/db.server";
import { databaseUrl } from "../../scripts/lib/postgres";

export const provider = process.env.TEST_DB_PROVIDER as "sqlite" | "postgresql";

export type TestDb = { db: Db; url: string; drop(): Promise<void> };

/** seeded: migrated and seeded; blank: no tables at all (a database as an operator creates it). */
export async function createTestDb(options: { seeded?: boolean; blank?: boolean } = {}): Promise<TestDb> {
  const template = inject("templates")[options.seeded ? "seeded" : "empty"];
  if (provider === "postgresql") {
    const adminUrl = inject("pgAdminUrl");
    const name = `pokja_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(options.blank ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const url = databaseUrl(adminUrl, name);
    const db = createDb(url);
    return {
      db,
      url,
      async drop() {
        await db.$disconnect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = path.resolve(".tmp", "test-dbs");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, randomUUID(), "portal.db");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!options.blank) copyFileSync(template, file);
  const url = `file:${file}`;
  // A blank SQLite database is a file that does not exist yet; no client is opened on it.
  const db = options.blank ? (undefined as unknown as Db) : createDb(url);
  return {
    db,
    url,
    async drop() {
      await db?.$disconnect();
      rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}
