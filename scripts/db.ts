// Database migrations without Prisma's native engine.
//   npm run db:migrate -- NAME   new migration for SQLite and PostgreSQL from prisma/schema.prisma
//   npm run db:deploy            apply pending migrations to DATABASE_URL (default: the SQLite file)
//   npm run db:check             exit 2 when either provider's migrations differ from the schema
import { mkdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, redactUrl } from "../lib/db/url.ts";
import { createMigration, deployMigrations, migrationDrift } from "./lib/migrations.ts";
import { databaseUrl, startTestPostgres } from "./lib/postgres.ts";
import { pgSchemaIsCurrent, writePgSchema } from "./pg-schema.ts";
import pg from "pg";

async function withScratchPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const cluster = startTestPostgres();
  const name = `pokja_scratch_${process.pid}`;
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    return await run(databaseUrl(cluster.adminUrl, name));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    cluster.stop();
  }
}

const sqliteScratch = "file::memory:";

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "create") {
    if (!name) throw new Error("usage: npm run db:migrate -- NAME");
    writePgSchema();
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const sqliteDir = await createMigration(sqliteScratch, name, stamp);
    const pgDir = await withScratchPostgres((url) => createMigration(url, name, stamp));
    console.log(sqliteDir || pgDir ? `Created: ${[sqliteDir, pgDir].filter(Boolean).join(", ")}` : "No schema changes.");
  } else if (command === "deploy") {
    const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
    const target = parseDatabaseUrl(url);
    if (target.provider === "sqlite") mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    const applied = await deployMigrations(url);
    console.log(`${redactUrl(url)}: applied ${applied.join(", ") || "nothing (up to date)"}`);
  } else if (command === "check") {
    if (!pgSchemaIsCurrent()) throw new Error("prisma/postgresql/schema.prisma is stale: run npm run db:pg-schema");
    const sqliteDrift = await migrationDrift(sqliteScratch);
    const pgDrift = await withScratchPostgres((url) => migrationDrift(url));
    for (const [provider, sql] of [["SQLite", sqliteDrift], ["PostgreSQL", pgDrift]]) {
      if (sql) console.error(`DRIFT (${provider}): migrations differ from prisma/schema.prisma; missing SQL:\n${sql}`);
    }
    if (sqliteDrift || pgDrift) process.exitCode = 2;
    else console.log("Migrations of both providers match prisma/schema.prisma");
  } else {
    console.error("usage: tsx scripts/db.ts <create NAME | deploy | check>");
    process.exitCode = 64;
  }
}

main().catch((error: unknown) => {
  console.error(`db: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
