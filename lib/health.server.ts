import { getDb, isPostgres } from "./db.server";

export type Health = { status: "ok" | "error"; database: "up" | "down"; provider: "sqlite" | "postgresql"; checkedAt: string };

/** Whether the database answers a query; never throws, never reveals connection details. */
export async function checkHealth(): Promise<Health> {
  const provider = isPostgres() ? "postgresql" : "sqlite";
  let database: Health["database"] = "down";
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    database = "up";
  } catch {
    database = "down";
  }
  return { status: database === "up" ? "ok" : "error", database, provider, checkedAt: new Date().toISOString() };
}
