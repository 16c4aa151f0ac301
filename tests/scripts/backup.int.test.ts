import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicAgendaFilterSchema, publishedAgenda } from "@/lib/agenda/public.server";
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
    // What the restored portal serves: the same published agenda, with the same backing cities.
    agenda: await publishedAgenda(db, publicAgendaFilterSchema.parse({})),
  };
}

describe(`backup and restore (${provider})`, () => {
  let source: TestDb;
  let target: TestDb;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    source = await createTestDb({ seeded: true });
    // Something published, so "the same agenda" is not trivially two empty lists.
    const { mergeProposals, setPublished } = await import("@/lib/agenda/commands.server");
    const { agendaItemSchema } = await import("@/lib/agenda/schemas");
    const chair = await source.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const proposals = await source.db.proposal.findMany({ take: 2, select: { id: true } });
    const { item } = await mergeProposals(source.db, chair, proposals.map((p) => p.id), { newItem: agendaItemSchema.parse({ title: "ULD di setiap kota", description: "Setiap kota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" }) });
    await setPublished(source.db, chair, item.id, (await source.db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).version, true);
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
      const restoredContents = await contents(restored);
      expect(restoredContents.agenda.items.map((i) => i.title)).toEqual(["ULD di setiap kota"]);
      expect(restoredContents).toEqual(await contents(source.db));
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
