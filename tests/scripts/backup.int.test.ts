import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db.server";
import { createDb } from "@/lib/db.server";
import { BackupError, backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { createTestDb, provider, type TestDb } from "../support/db";

async function contents(db: Db) {
  return {
    cities: await db.city.findMany({ orderBy: { slug: "asc" }, select: { slug: true, membershipStatus: true } }),
    proposals: await db.proposal.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, status: true, cityId: true } }),
    users: await db.user.count(),
    migrations: await db.$queryRawUnsafe<unknown[]>(`SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name"`),
  };
}

describe(`backup and restore (${provider})`, () => {
  let source: TestDb;
  let target: TestDb;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    source = await createTestDb({ seeded: true });
    target = await createTestDb({ blank: true });
    dir = mkdtempSync(path.join(tmpdir(), "pokja-backup-"));
    file = path.join(dir, `backup-${randomUUID()}`);
  });
  afterAll(async () => {
    await source.drop();
    await target.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips: a backup restored into an empty database holds the same data", async () => {
    await backupDatabase(source.url, file);
    await expect(backupDatabase(source.url, file)).rejects.toThrow(/exists already/);
    await restoreDatabase(target.url, file);
    const restored = createDb(target.url);
    try {
      expect(await contents(restored)).toEqual(await contents(source.db));
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses to restore over a database with data unless forced", async () => {
    const restored = createDb(target.url);
    try {
      const one = await restored.proposal.findFirstOrThrow();
      await restored.proposal.update({ where: { id: one.id }, data: { title: "Diubah setelah cadangan" } });
      const refusal = await restoreDatabase(target.url, file).then(() => null, (e: unknown) => e);
      expect(refusal).toBeInstanceOf(BackupError);
      expect((refusal as Error).message).toMatch(/is not empty \(\d+ tables\); restore into an empty database, or add --force/);
      expect((await restored.proposal.findUniqueOrThrow({ where: { id: one.id } })).title).toBe("Diubah setelah cadangan");
      await restored.$disconnect();
      await restoreDatabase(target.url, file, { force: true });
      const again = createDb(target.url);
      try {
        expect((await again.proposal.findUniqueOrThrow({ where: { id: one.id } })).title).toBe(one.title);
        expect(await contents(again)).toEqual(await contents(source.db));
      } finally {
        await again.$disconnect();
      }
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses a file that is not a backup, and a missing one", async () => {
    const fresh = await createTestDb({ blank: true });
    try {
      await expect(restoreDatabase(fresh.url, path.join(dir, "nothing-here"))).rejects.toThrow(/no backup file/);
      if (provider === "sqlite") await expect(restoreDatabase(fresh.url, path.join(process.cwd(), "package.json"))).rejects.toThrow(/not a SQLite backup/);
      else await expect(restoreDatabase(fresh.url, path.join(process.cwd(), "package.json"))).rejects.toThrow(/pg_restore failed/);
    } finally {
      await fresh.drop();
    }
  });
});
