import { afterEach, describe, expect, it } from "vitest";
import { resetDbForTests } from "@/lib/db.server";
import { checkHealth } from "@/lib/health.server";
import { createTestDb, provider, type TestDb } from "../support/db";

describe(`health check (${provider})`, () => {
  let t: TestDb | undefined;
  const use = async (options: { seeded?: boolean; blank?: boolean }) => {
    t = await createTestDb(options);
    process.env.DATABASE_URL = t.url;
    resetDbForTests();
    return t;
  };
  afterEach(async () => {
    const { getDb } = await import("@/lib/db.server");
    await getDb().$disconnect();
    await t?.drop();
  });

  it("is ok on a migrated database", async () => {
    await use({ seeded: true });
    const health = await checkHealth();
    expect(health).toMatchObject({ status: "ok", database: "up", provider, migrations: { state: "current", pending: [] } });
    expect(health.migrations.expected).toBeGreaterThan(5);
  });

  it("names the migrations a database lacks", async () => {
    const db = await use({ seeded: true });
    const [last] = await db.db.$queryRawUnsafe<{ name: string }[]>(`SELECT "migration_name" AS "name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`);
    await db.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${last.name}'`);
    expect(await checkHealth()).toMatchObject({ status: "error", database: "up", migrations: { state: "pending", pending: [last.name] } });
  });

  it("reports an empty database as up but not migrated", async () => {
    await use({ blank: true });
    expect(await checkHealth()).toMatchObject({ status: "error", database: "up", migrations: { state: "unknown" } });
  });
});
