// Direct access to the end-to-end database, only for arranging what a later issue's screens will
// do (e.g. a reviewer's decision) — never for checking results, which the tests read from the pages.
import Database from "better-sqlite3";
import path from "node:path";

export function withE2eDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(process.cwd(), ".tmp", "e2e.db"), { timeout: 10_000 });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
