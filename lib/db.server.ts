// The one database client of the app. SQLite (default) or PostgreSQL, chosen by DATABASE_URL at run
// time; both generated clients are built in, so one build serves either database
// (docs/decisions/0001-database.md). Types come from the SQLite client, the source of truth.
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "@/generated/postgresql/client";
import { parseDatabaseUrl } from "./db/url";

export type Db = InstanceType<typeof PrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type { Prisma } from "@/generated/sqlite/client";

const SQLITE_BUSY_TIMEOUT_MS = 10_000;
// Under load a write waits its turn for a connection rather than failing after Prisma's default 2 s.
const TRANSACTIONS = { maxWait: 15_000, timeout: 20_000 };

// Which database each client talks to, for the few statements whose SQL differs (full-text search).
const providers = new WeakMap<object, "sqlite" | "postgresql">();

export function createDb(url?: string): Db {
  const target = parseDatabaseUrl(url);
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    const db = new PgPrismaClient({ adapter, transactionOptions: TRANSACTIONS }) as unknown as Db;
    providers.set(db, "postgresql");
    return db;
  }
  ensureWal(target.file);
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS }), transactionOptions: TRANSACTIONS });
  providers.set(db, "sqlite");
  return db;
}

/** The database behind a client made by createDb. */
export function providerOf(db: Db): "sqlite" | "postgresql" {
  return providers.get(db) ?? parseDatabaseUrl().provider;
}

/**
 * WAL lets readers proceed while one writer commits. The mode is stored in the file; switching needs
 * the only connection, so it is done once, when the file is not in WAL mode yet.
 */
export function ensureWal(file: string): void {
  const raw = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    if (String(raw.pragma("journal_mode", { simple: true })).toLowerCase() !== "wal") raw.pragma("journal_mode = WAL");
  } finally {
    raw.close();
  }
}

const holder = globalThis as unknown as { __pokjaDb?: Db };

/** Lazily created so that importing a module never opens a connection (e.g. during `next build`). */
export function getDb(): Db {
  holder.__pokjaDb ??= createDb();
  return holder.__pokjaDb;
}

export function isPostgres(): boolean {
  return parseDatabaseUrl().provider === "postgresql";
}

/** Tests that switch DATABASE_URL between suites in one process start a fresh client. */
export function resetDbForTests(): void {
  holder.__pokjaDb = undefined;
}
