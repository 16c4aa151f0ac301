import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicAgendaFilterSchema, publishedAgenda } from "@/lib/agenda/public.server";
import { attachmentResponse } from "@/lib/attachments/download.server";
import { CHUNK_BYTES } from "@/lib/attachments/settings";
import { receiveUpload, type UploadOutcome } from "@/lib/attachments/upload.server";
import type { Db } from "@/lib/db.server";
import { createDb } from "@/lib/db.server";
import type { Actor } from "@/lib/policy/policy";
import { createProposal } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { BackupError, backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { actorFor, delegateFor } from "../support/actors";
import { createTestDb, provider, type TestDb } from "../support/db";
import { pdfOf, PNG, sha256, uploadRequest } from "../support/files";

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

/** Every stored file's row and its pieces (position, length, hash), in a stable order. */
async function files(db: Db) {
  const rows = await db.attachment.findMany({ orderBy: { id: "asc" } });
  const chunks = [];
  for (const row of rows) {
    const pieces = await db.attachmentChunk.findMany({ where: { attachmentId: row.id }, orderBy: { position: "asc" } });
    chunks.push(...pieces.map((c) => ({ attachmentId: c.attachmentId, position: c.position, length: c.data.length, sha256: sha256(c.data) })));
  }
  return { rows, chunks };
}

/** The SHA-256 and length of a download's body, hashed piece by piece as it streams. */
async function streamedHash(response: Response) {
  const hash = createHash("sha256");
  let length = 0;
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    hash.update(next.value);
    length += next.value.byteLength;
  }
  return { sha256: hash.digest("hex"), length };
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

  it("carries the files: every attachment row, its pieces and its history restore byte for byte", async () => {
    const from = await createTestDb({ seeded: true });
    const to = await createTestDb({ blank: true });
    const uploads = mkdtempSync(path.join(tmpdir(), "pokja-backup-uploads-"));
    let restored: Db | undefined;
    try {
      const bandung = await delegateFor(from.db, "delegasi.bandung@pokja.example");
      const draft = (await createProposal(from.db, bandung, draftSchema.parse({ title: "Draf Bandung dengan lampiran untuk cadangan" }))).id;
      const upload = async (actor: Actor, request: Request) => {
        const outcome: UploadOutcome = await receiveUpload(from.db, actor, request, { limits: { maxBytes: 1024 * 1024, maxFiles: 5 }, tmpDir: uploads });
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
      };
      // A file of three pieces (the last one short) and a small one, then the small one replaced.
      const big = pdfOf(2 * CHUNK_BYTES + 12_345, 61);
      const first = pdfOf(900, 62);
      const second = pdfOf(1500, 63);
      await upload(bandung, uploadRequest({ on: "proposal", id: draft }, "Perwal ULD dan notulen rapat", [{ name: "perwal-uld.pdf", data: big }, { name: "notulen.pdf", data: first }, { name: "loket.png", data: PNG }]));
      const replaced = await from.db.attachment.findFirstOrThrow({ where: { proposalId: draft, fileName: "notulen.pdf" } });
      await upload(bandung, uploadRequest({ on: "proposal", id: draft, replaces: replaced.id }, "Notulen bertanda tangan", [{ name: "notulen-ttd.pdf", data: second }]));
      const original = new Map([["perwal-uld.pdf", big], ["notulen.pdf", first], ["notulen-ttd.pdf", second], ["loket.png", PNG]]);

      // All files of the database (the seed's demo files too); four of them are this test's.
      const before = await files(from.db);
      expect(before.rows.filter((r) => r.proposalId === draft)).toHaveLength(4);
      expect(before.chunks.filter((c) => c.attachmentId === before.rows.find((r) => r.fileName === "perwal-uld.pdf")!.id).map((c) => c.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 12_345]);
      expect(before.rows.find((r) => r.id === replaced.id)!.replacedAt).toBeInstanceOf(Date);
      expect(before.rows.find((r) => r.fileName === "notulen-ttd.pdf")).toMatchObject({ replacesId: replaced.id, replacedAt: null });

      const backup = path.join(dir, `backup-files-${randomUUID()}`);
      await backupDatabase(from.url, backup);
      await restoreDatabase(to.url, backup);
      restored = createDb(to.url);

      // The same rows, column for column (ids, hashes, sizes, dates, the replacement link), and pieces.
      const after = await files(restored);
      expect(after).toEqual(before);
      // What the restored portal serves: every file, replaced or current, to someone who may see it
      // (its uploader, or the chair for a file without one), with the bytes stored; this test's files
      // are the very bytes uploaded.
      const chair = await actorFor(restored, "ketua@pokja.example");
      for (const row of after.rows) {
        const viewer = row.uploadedById ? await restored.user.findUniqueOrThrow({ where: { id: row.uploadedById }, select: { id: true, role: true, cityId: true } }) : chair;
        const response = await attachmentResponse(restored, viewer, row.id, { inline: false, ifNoneMatch: null });
        expect(response.status, row.fileName).toBe(200);
        expect(response.headers.get("content-length")).toBe(String(row.size));
        const body = await streamedHash(response);
        expect(body).toEqual({ sha256: row.sha256, length: row.size });
        if (row.proposalId === draft) expect(body.sha256).toBe(sha256(original.get(row.fileName)!));
      }
    } finally {
      await restored?.$disconnect();
      await from.drop();
      await to.drop();
      rmSync(uploads, { recursive: true, force: true });
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
