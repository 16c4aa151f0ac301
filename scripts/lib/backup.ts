// Backups of either database, and restoring one into an empty database (or, with force, over one).
// SQLite: the online backup API (consistent while the portal runs). PostgreSQL: pg_dump's custom
// format and pg_restore in one transaction. Used by `npm run db:backup` / `npm run db:restore`.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl, redactUrl } from "../../lib/db/url.ts";
import { ensureDebianPackages } from "./provision.ts";

export class BackupError extends Error {}

const stamp = (now = new Date()) => now.toISOString().replace(/[-:]/g, "").replace(/\..+/, "").replace("T", "-");

export function defaultBackupFile(url: string, now = new Date()): string {
  const { provider } = parseDatabaseUrl(url);
  return path.join("backups", `pokja-${provider}-${stamp(now)}.${provider === "sqlite" ? "sqlite" : "dump"}`);
}

/** pg_dump / pg_restore: from PATH, else Debian's server directory, else installed (root) or named. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const root = "/usr/lib/postgresql";
  const find = () => {
    if (spawnSync(name, ["--version"]).status === 0) return name;
    if (!existsSync(root)) return null;
    const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", name))).sort((a, b) => Number(b) - Number(a));
    return versions[0] ? path.join(root, versions[0], "bin", name) : null;
  };
  const found = find();
  if (found) return found;
  try {
    ensureDebianPackages([{ pkg: "postgresql-client", provides: `${name} for PostgreSQL backups` }]);
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
  const again = find();
  if (!again) throw new BackupError(`${name} not found: install the postgresql-client package matching your server's version`);
  return again;
}

function run(bin: string, args: string[]) {
  const result = spawnSync(bin, args, { encoding: "utf8" });
  // Tool messages may quote the connection string: never pass a password through.
  if (result.status !== 0) throw new BackupError(`${path.basename(bin)} failed: ${redactUrl((result.stderr || result.stdout || "").trim().split("\n").slice(-3).join(" "))}`);
}

export async function backupDatabase(url: string, file = defaultBackupFile(url)): Promise<string> {
  const target = parseDatabaseUrl(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose another file name`);
  if (target.provider === "sqlite") {
    if (!existsSync(target.file)) throw new BackupError(`no SQLite database at ${target.file}`);
    const db = new Database(target.file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  } else {
    run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.url}`]);
  }
  return file;
}

function isSqliteFile(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString("latin1") === "SQLite format 3\0";
  } finally {
    closeSync(fd);
  }
}

/** Number of user tables: a database with any is not empty. */
async function tableCount(url: string): Promise<number> {
  const target = parseDatabaseUrl(url);
  if (target.provider === "sqlite") {
    if (!existsSync(target.file)) return 0;
    const db = new Database(target.file, { readonly: true });
    try {
      return (db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return Number((await client.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'")).rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into the database at `url`. Refuses a database that already has tables unless
 * `force`; the portal should be stopped while a SQLite file is replaced.
 */
export async function restoreDatabase(url: string, file: string, options: { force?: boolean } = {}): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (!existsSync(file)) throw new BackupError(`no backup file at ${file}`);
  const tables = await tableCount(url);
  if (tables > 0 && !options.force) {
    throw new BackupError(`${redactUrl(target.url)} is not empty (${tables} tables); restore into an empty database, or add --force to replace its contents`);
  }
  if (target.provider === "sqlite") {
    if (!isSqliteFile(file)) throw new BackupError(`${file} is not a SQLite backup`);
    mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    const staging = `${target.file}.restoring`;
    rmSync(staging, { force: true });
    // Copy through the backup API (checks the file is a whole database), then swap it in at once.
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(staging);
    } finally {
      source.close();
    }
    for (const f of [`${target.file}-wal`, `${target.file}-shm`]) rmSync(f, { force: true });
    renameSync(staging, target.file);
    return;
  }
  const args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${target.url}`];
  if (tables > 0) args.unshift("--clean", "--if-exists");
  run(pgTool("pg_restore"), [...args, file]);
}
