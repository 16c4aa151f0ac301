// Generates both Prisma clients (SQLite and PostgreSQL) so one build serves either database;
// see docs/decisions/0002-offline-prisma-tooling.md.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { PG_SCHEMA, SQLITE_SCHEMA, writePgSchema } from "./pg-schema.ts";

// `prisma generate` insists that a native schema engine exists, though it never runs it here; the
// real one cannot be downloaded on an offline machine.
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false" };
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

writePgSchema();
for (const schema of [SQLITE_SCHEMA, PG_SCHEMA]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema, "--no-hints"], { stdio: "inherit", env });
}
