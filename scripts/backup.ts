// npm run db:backup [-- FILE]             back up DATABASE_URL (default: the SQLite file) to backups/
// npm run db:restore -- FILE [--force]    restore FILE into DATABASE_URL; refuses a non-empty database
//                                         without --force. Stop the portal before restoring.
import { DEFAULT_DATABASE_URL } from "../lib/db/url.ts";
import { BackupError, backupDatabase, restoreDatabase } from "./lib/backup.ts";
import { describeDatabase } from "./lib/database.ts";

const [command, ...rest] = process.argv.slice(2);
const force = rest.includes("--force");
const file = rest.find((a) => !a.startsWith("--"));
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

try {
  if (command === "backup") {
    const written = await backupDatabase(url, file);
    console.log(`[backup] ${describeDatabase(url)} → ${written}`);
  } else if (command === "restore") {
    if (!file) throw new BackupError("name the backup file: npm run db:restore -- backups/FILE [--force]");
    await restoreDatabase(url, file, { force });
    console.log(`[restore] ${file} → ${describeDatabase(url)}`);
  } else {
    throw new BackupError("usage: backup [FILE] | restore FILE [--force]");
  }
} catch (error) {
  console.error(`db:${command ?? "backup"}: ${error instanceof BackupError ? error.message : (error as Error).message}`);
  process.exit(1);
}
