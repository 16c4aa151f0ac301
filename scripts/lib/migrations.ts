// Migrations for both providers through Prisma's wasm schema engine (scripts/schema-engine.ts).
// Same folder layout and _prisma_migrations bookkeeping as `prisma migrate`, so the native CLI stays
// usable wherever its engine can be installed. See docs/decisions/0002-offline-prisma-tooling.md.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { parseDatabaseUrl } from "../../lib/db/url.ts";
import { PG_SCHEMA, SQLITE_SCHEMA } from "../pg-schema.ts";
import { migrationsList, openEngine } from "../schema-engine.ts";

export type Provider = "sqlite" | "postgresql";
export const schemaFor = (p: Provider) => (p === "postgresql" ? PG_SCHEMA : SQLITE_SCHEMA);
export const migrationsDirFor = (p: Provider) => path.join(path.dirname(schemaFor(p)), "migrations");

// Workaround: the engine replays each migration on the SQLite shadow database with one executeRaw
// call, but better-sqlite3's prepare() takes one statement ("contains more than one statement").
class ShadowSafeSqlite extends PrismaBetterSqlite3 {
  override async connectToShadowDb() {
    const adapter = await super.connectToShadowDb();
    const raw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q) => (q.args.length ? raw(q) : (await adapter.executeScript(q.sql), 0));
    return adapter;
  }
}

// Workaround (@prisma/adapter-pg 7.10.0 as the engine's driver): connectToShadowDb() passes
// {connectionString, database} and pg lets connectionString win, so the "shadow" database would be
// the REAL one, where the engine creates and drops tables. Create a separate database instead.
class ShadowSafePg extends PrismaPg {
  constructor(private readonly connUrl: string) {
    super({ connectionString: connUrl });
  }
  override async connectToShadowDb() {
    const admin = await this.connect();
    const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const u = new URL(this.connUrl);
    u.pathname = `/${name}`;
    const shadow = await new PrismaPg({ connectionString: u.toString() }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

// Workaround: the engine's PostgreSQL introspection selects columns of type "char" (oid 18), which
// adapter-pg refuses to deserialize; present them as text (oid 25). Patched once, for this process.
let pgPatched = false;
function patchPgCharColumns() {
  if (pgPatched) return;
  pgPatched = true;
  const Result = createRequire(import.meta.url)("pg/lib/result.js");
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

// The full-text tables of search (docs/decisions/0017-search.md) are written by hand in its migration:
// an FTS5 table (and the shadow tables SQLite makes for it) or a tsvector table under a GIN index.
const EXTERNAL = { sqlite: ["SearchIndex", "SearchIndex_data", "SearchIndex_idx", "SearchIndex_docsize", "SearchIndex_config"], postgresql: [] as string[] };
const filtersFor = (provider: Provider) => ({ externalTables: EXTERNAL[provider], externalEnums: [] });

type Disposable = { dispose(): Promise<void> };

/**
 * The engine never closes the connection it opens (on SQLite it keeps holding a lock on the file),
 * so every connection made through the factory is recorded and closed when the work is done.
 */
function closingConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: Disposable[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  return async () => {
    for (const adapter of opened.splice(0)) await adapter.dispose().catch(() => undefined);
  };
}

async function withEngine<T>(
  url: string,
  run: (e: Awaited<ReturnType<typeof openEngine>>, provider: Provider) => Promise<T>,
  schemaPath?: string,
) {
  const target = parseDatabaseUrl(url);
  if (target.provider === "postgresql") patchPgCharColumns();
  const factory = (target.provider === "postgresql" ? new ShadowSafePg(url) : new ShadowSafeSqlite({ url })) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const closeAll = closingConnections(factory);
  try {
    const opened = await openEngine(schemaPath ?? schemaFor(target.provider), factory);
    try {
      return await run(opened, target.provider);
    } finally {
      opened.engine.free?.();
    }
  } finally {
    await closeAll();
  }
}

/** Names of the migrations recorded as applied; [] for a database without the bookkeeping table. */
async function appliedMigrations(url: string): Promise<string[] | null> {
  const target = parseDatabaseUrl(url);
  const query = `SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  if (target.provider === "sqlite") {
    if (!existsSync(target.file)) return [];
    const db = new Database(target.file, { readonly: true, timeout: 10_000 });
    try {
      const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
      return table ? (db.prepare(query).all() as { name: string }[]).map((r) => r.name) : [];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
    return table.rows[0].t ? (await client.query(query)).rows.map((r: { name: string }) => r.name) : [];
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations; returns the names applied. When nothing is pending the engine is not
 * started at all: it would take a lock that a running instance of the portal holds.
 */
export async function deployMigrations(url: string): Promise<string[]> {
  const provider = parseDatabaseUrl(url).provider;
  const folders = (await migrationsList(migrationsDirFor(provider), provider)).migrationDirectories.map((d) => d.path);
  const applied = new Set(await appliedMigrations(url));
  if (folders.every((name) => applied.has(name))) return [];
  return withEngine(url, async ({ engine }, provider) => {
    const list = await migrationsList(migrationsDirFor(provider), provider);
    const out = await engine.applyMigrations({ migrationsList: list, filters: filtersFor(provider) });
    return out.appliedMigrationNames as string[];
  });
}

/** SQL that would bring the migrations (replayed on a shadow database) to schema.prisma; "" when none. */
export async function migrationDrift(url: string, schemaPath?: string): Promise<string> {
  return withEngine(
    url,
    async ({ engine, files }, provider) => {
      const list = await migrationsList(migrationsDirFor(provider), provider);
      const from = list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" };
      const out = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: true, filters: filtersFor(provider) });
      return out.exitCode === 0 ? "" : (out.stdout ?? "");
    },
    schemaPath,
  );
}

/** Writes prisma[/postgresql]/migrations/<timestamp>_<name>/migration.sql; returns its folder or null. */
export async function createMigration(url: string, name: string, timestamp: string): Promise<string | null> {
  const provider = parseDatabaseUrl(url).provider;
  const sql = await migrationDrift(url);
  if (!sql) return null;
  const dir = path.join(migrationsDirFor(provider), `${timestamp}_${name.replace(/\W+/g, "_")}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(
    path.join(migrationsDirFor(provider), "migration_lock.toml"),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
  );
  return dir;
}
