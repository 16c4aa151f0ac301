import { readdirSync } from "node:fs";
import path from "node:path";
import { getDb, isPostgres } from "./db.server";

type Health = {
  status: "ok" | "error";
  database: "up" | "down";
  provider: "sqlite" | "postgresql";
  /** Whether every migration shipped with this build has been applied to the database. */
  migrations: { state: "current" | "pending" | "unknown"; applied: number; expected: number; pending: string[] };
  checkedAt: string;
};

/** The migrations this build expects, from its own prisma folder. */
function expectedMigrations(provider: Health["provider"]): string[] {
  const dir = path.join(process.cwd(), "prisma", ...(provider === "postgresql" ? ["postgresql"] : []), "migrations");
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Whether the database answers and is migrated; never throws, never reveals connection details. */
export async function checkHealth(): Promise<Health> {
  const provider = isPostgres() ? "postgresql" : "sqlite";
  const expected = expectedMigrations(provider);
  let database: Health["database"] = "down";
  let applied: string[] | null = null;
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    database = "up";
    const rows = await getDb().$queryRawUnsafe<{ name: string }[]>(
      `SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    applied = rows.map((r) => r.name);
  } catch {
    // Down, or up without a migrations table: reported below as down / unknown.
  }
  const pending = applied ? expected.filter((m) => !applied.includes(m)) : [];
  const state = applied === null || expected.length === 0 ? "unknown" : pending.length ? "pending" : "current";
  return {
    status: database === "up" && state === "current" ? "ok" : "error",
    database,
    provider,
    migrations: { state, applied: applied?.length ?? 0, expected: expected.length, pending },
    checkedAt: new Date().toISOString(),
  };
}
