import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePgSchema, pgSchemaIsCurrent, SQLITE_SCHEMA } from "../../scripts/pg-schema";

describe("PostgreSQL schema", () => {
  it("is derived from prisma/schema.prisma and up to date", () => {
    expect(pgSchemaIsCurrent()).toBe(true);
  });

  it("differs from the SQLite schema only in provider and client output", () => {
    const derived = derivePgSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('"../../generated/postgresql"');
    expect(derived).not.toContain('provider = "sqlite"');
  });
});
