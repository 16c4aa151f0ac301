// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma, the source of truth (SQLite).
//   tsx scripts/pg-schema.ts          writes it
//   tsx scripts/pg-schema.ts --check  exits 1 when the derived file is stale
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const PG_SCHEMA = "prisma/postgresql/schema.prisma";

export function derivePgSchema(source: string): string {
  const swapped = source
    .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/output(\s*)=(\s*)"\.\.\/generated\/sqlite"/, 'output$1=$2"../../generated/postgresql"');
  if (swapped === source) throw new Error(`${SQLITE_SCHEMA}: provider or output line not found`);
  return `// GENERATED from ${SQLITE_SCHEMA} by scripts/pg-schema.ts. Do not edit.\n${swapped}`;
}

export function pgSchemaIsCurrent(root = "."): boolean {
  const want = derivePgSchema(readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  try {
    return readFileSync(path.join(root, PG_SCHEMA), "utf8") === want;
  } catch {
    return false;
  }
}

export function writePgSchema(root = "."): void {
  const want = derivePgSchema(readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  mkdirSync(path.dirname(path.join(root, PG_SCHEMA)), { recursive: true });
  writeFileSync(path.join(root, PG_SCHEMA), want);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    if (!pgSchemaIsCurrent()) {
      console.error(`${PG_SCHEMA} is stale: run npm run db:pg-schema`);
      process.exit(1);
    }
  } else {
    writePgSchema();
    console.log(`Wrote ${PG_SCHEMA}`);
  }
}
