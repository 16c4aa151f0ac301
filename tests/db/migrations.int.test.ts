import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationDrift, schemaFor } from "../../scripts/lib/migrations";
import { createTestDb, provider, type TestDb } from "../support/db";

describe(`migrations (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("replayed from scratch, match prisma/schema.prisma exactly (no drift)", async () => {
    expect(await migrationDrift(t.url)).toBe("");
  });

  it("report the missing SQL when the schema has changed without a migration", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pokja-drift-"));
    const schema = path.join(dir, "schema.prisma");
    writeFileSync(schema, `${readFileSync(schemaFor(provider), "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    try {
      expect(await migrationDrift(t.url, schema)).toMatch(/CREATE TABLE "DriftProbe"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leave a database that answers queries", async () => {
    expect(await t.db.user.count()).toBe(0);
  });
});
