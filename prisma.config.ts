import { defineConfig } from "prisma/config";

// Lets the Prisma CLI (e.g. `npx prisma studio`) find the schema for the database in DATABASE_URL.
// Migrations do not go through the CLI here: see scripts/db.ts.
const url = process.env.DATABASE_URL ?? "file:./data/portal.db";
const isPg = /^postgres(ql)?:/.test(url);
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: isPg ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPg ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
