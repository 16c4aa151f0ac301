// Search on each database's own full-text engine: Indonesian word forms meet, every result is one
// the reader may see, filters and pages are the database's, and the commands keep the index current.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPublished, undoMerge } from "@/lib/agenda/commands.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { receiveUpload } from "@/lib/attachments/upload.server";
import { updateCity } from "@/lib/cities/commands.server";
import { cityFormSchema } from "@/lib/cities/schemas";
import { hideComment, postComment } from "@/lib/discussion/commands.server";
import { setForumMinutes } from "@/lib/forums/commands.server";
import { minutesFormSchema } from "@/lib/forums/schemas";
import type { Actor } from "@/lib/policy/policy";
import { createProposal, deleteDraft, saveProposal, withdrawProposal } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { decideProposal } from "@/lib/review/commands.server";
import { rebuildSearchIndex, searchIndexDrift } from "@/lib/search/index.server";
import { search } from "@/lib/search/queries.server";
import { searchSchema, SEARCH_PAGE_SIZE } from "@/lib/search/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";
import { draftItem, publishedItem } from "../../support/agenda";
import { pdfOf, uploadRequest } from "../../support/files";

const item = (title: string) => agendaItemSchema.parse({ title, description: `Uraian ${title}.`, level: "NATIONAL", owner: "POKJA", themeId: "", indicators: "", milestones: "" });

describe(`search (${provider})`, () => {
  let t: TestDb;
  let tmp: string;
  let metro: DelegateActor;
  let bandung: DelegateActor;
  let chair: TestActor;
  let board: TestActor;
  const find = async (actor: Actor, q: string, more: Record<string, string> = {}) => search(searchSchema.parse({ q, ...more }), actor, t.db);
  const titles = async (actor: Actor, q: string, more: Record<string, string> = {}) => (await find(actor, q, more)).results.map((r) => r.title);
  let demoForum: string;
  let theme: string;
  const proposal = (title: string, problem = "", action = "") => draftSchema.parse({ title, problem, action });
  /** Complete enough to submit; the filler text matches none of the words searched for below. */
  const complete = (title: string, problem = "Uraian masalah untuk pengujian pencarian portal.", action = "Uraian tindakan untuk pengujian pencarian portal.") =>
    draftSchema.parse({
      title, problem, action, forumId: demoForum, themeId: theme, scope: "CITY_ACTION_PLAN", targetGroups: "SENSORY", timeframe: "SHORT", leadAgency: "Bappeda", indicators: "Indikator uji",
    });

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    tmp = await mkdtemp(path.join(os.tmpdir(), "pokja-search-test-"));
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    chair = await actorFor(t.db, "ketua@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    demoForum = (await t.db.forum.findFirstOrThrow({ where: { isDemo: true } })).id;
    theme = (await t.db.theme.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await t.drop();
    await rm(tmp, { recursive: true, force: true });
  });

  it("the seed's index holds every record, and nothing else", async () => {
    expect(await t.db.searchDocument.count()).toBeGreaterThan(40);
    expect(await searchIndexDrift(t.db)).toEqual({ missing: [], stale: [] });
  });

  it("finds Indonesian word forms by their stem: pelatihan, melatih, dilatih", async () => {
    await createProposal(t.db, metro, proposal("Metro melatih juru bahasa isyarat kantor", "Petugas layanan belum dilatih."));
    await createProposal(t.db, metro, proposal("Bursa kerja inklusif Metro"));
    const found = await titles(metro, "pelatihan");
    expect(found).toContain("Metro melatih juru bahasa isyarat kantor");
    // The demo proposal whose title begins "Pelatihan keterampilan digital" is found by "dilatih" too.
    expect(await titles(metro, "dilatih")).toEqual(expect.arrayContaining(["Metro melatih juru bahasa isyarat kantor", "Pelatihan keterampilan digital bagi pemuda penyandang disabilitas"]));
    expect(found).not.toContain("Bursa kerja inklusif Metro");
  });

  it("finds a compound by its parts and the parts by the compound: ketenagakerjaan and tenaga kerja", async () => {
    await createProposal(t.db, metro, complete("Data tenaga kerja penyandang disabilitas di Metro"), true);
    expect(await titles(chair, "ketenagakerjaan")).toEqual(expect.arrayContaining([
      "Data tenaga kerja penyandang disabilitas di Metro",
      "Membentuk Unit Layanan Disabilitas (ULD) Ketenagakerjaan di Disnaker Kota Bandung",
    ]));
    expect(await titles(chair, "tenaga kerja")).toEqual(expect.arrayContaining([
      "Data tenaga kerja penyandang disabilitas di Metro",
      "ULD Ketenagakerjaan di setiap kota anggota Apeksi",
    ]));
  });

  it("ranks a match in the title above one in the text, and marks the words that matched", async () => {
    await createProposal(t.db, bandung, complete("Rencana magang di perusahaan daerah", "Perusahaan daerah menerima peserta."), true);
    await createProposal(t.db, bandung, complete("Rencana kerja sama pelaku usaha", "Termasuk program magang bersama."), true);
    const { results, groups } = await find(chair, "magang");
    expect(results.map((r) => r.title).slice(0, 2)).toEqual(["Rencana magang di perusahaan daerah", "Rencana kerja sama pelaku usaha"]);
    expect(groups).toEqual([["magang"]]);
  });

  it("shows drafts only to their own city, submitted proposals to members and the board, and none to the public", async () => {
    const draft = await createProposal(t.db, metro, proposal("Draf rahasia zebracross Metro"));
    expect(await titles(metro, "zebracross")).toEqual(["Draf rahasia zebracross Metro"]);
    expect(await titles(bandung, "zebracross")).toEqual([]);
    expect(await titles(chair, "zebracross")).toEqual([]);
    expect(await titles(null, "zebracross")).toEqual([]);
    await saveProposal(t.db, metro, draft.id, draft.version, complete("Usulan zebracross Metro"), true);
    expect(await titles(bandung, "zebracross")).toEqual(["Usulan zebracross Metro"]);
    expect(await titles(board, "zebracross")).toEqual(["Usulan zebracross Metro"]);
    expect(await titles(null, "zebracross")).toEqual([]);
    // Withdrawn: the reviewers keep seeing it, other cities do not.
    await withdrawProposal(t.db, metro, draft.id, "Digabung dengan program provinsi");
    expect(await titles(chair, "zebracross")).toEqual(["Usulan zebracross Metro"]);
    expect(await titles(bandung, "zebracross")).toEqual([]);
    expect(await titles(metro, "zebracross")).toEqual(["Usulan zebracross Metro"]);
  });

  it("shows agenda items to the public once published, and comments only to the working group and the board", async () => {
    const published = await publishedItem(t.db, chair, item("Layanan juru bahasa isyarat di kantor pelayanan"));
    await draftItem(t.db, chair, item("Juru bahasa isyarat untuk wawancara kerja"));
    expect(await titles(null, "isyarat", { kind: "AGENDA_ITEM" })).toEqual(["Layanan juru bahasa isyarat di kantor pelayanan"]);
    expect(await titles(chair, "isyarat", { kind: "AGENDA_ITEM" })).toHaveLength(2);
    await postComment(t.db, metro, { kind: "agenda", id: published.id }, { body: "Metro siap berbagi modul kelas isyarat untuk petugas loket." });
    const forBoard = await find(board, "modul kelas", { kind: "COMMENT" });
    expect(forBoard.results.map((r) => [r.kind, r.title, r.root.kind])).toEqual([["COMMENT", "Layanan juru bahasa isyarat di kantor pelayanan", "AGENDA_ITEM"]]);
    expect((await find(null, "modul kelas")).total).toBe(0);
    // A hidden comment leaves the search with its text.
    const comment = await t.db.comment.findFirstOrThrow({ where: { agendaItemId: published.id } });
    await hideComment(t.db, chair, comment.id, "Di luar pokok bahasan");
    expect((await find(board, "modul kelas")).total).toBe(0);
  });

  it("finds files by name and description, seen by who may see their record", async () => {
    const draft = await createProposal(t.db, bandung, proposal("Draf Bandung dengan berkas"));
    const request = uploadRequest({ on: "proposal", id: draft.id }, "Surat keputusan wali kota tentang ULD", [{ name: "SK-Walikota-ULD-Bandung.pdf", data: pdfOf(1200, 9) }]);
    const outcome = await receiveUpload(t.db, bandung, request, { limits: { maxBytes: 1 << 20, maxFiles: 3 }, tmpDir: tmp });
    expect(outcome.ok).toBe(true);
    expect((await find(bandung, "walikota", { kind: "ATTACHMENT" })).results.map((r) => r.title)).toEqual(["SK-Walikota-ULD-Bandung.pdf"]);
    expect((await find(metro, "walikota", { kind: "ATTACHMENT" })).total).toBe(0);
    // The seed's demo files, on a proposal and on a forum: the forum's is public.
    expect((await find(null, "notulen", { kind: "ATTACHMENT" })).results.map((r) => r.title)).toEqual(["notulen-forum-contoh.pdf"]);
    await deleteDraft(t.db, bandung, draft.id);
    expect((await find(bandung, "walikota")).total).toBe(0);
  });

  it("filters by kind, region, theme and forum in the database and counts each kind", async () => {
    const all = await find(chair, "disabilitas");
    expect(all.counts.PROPOSAL).toBeGreaterThan(3);
    expect(all.total).toBe(Object.values(all.counts).reduce((a, b) => a + b, 0));
    const jawa = await find(chair, "disabilitas", { region: "JAWA", kind: "PROPOSAL" });
    const cities = await t.db.city.findMany({ where: { region: "JAWA" }, select: { name: true } });
    expect(jawa.results.length).toBeGreaterThan(0);
    for (const r of jawa.results) expect(cities.map((c) => c.name)).toContain(r.city?.name);
    const theme = await t.db.proposal.findFirstOrThrow({ where: { themeId: { not: null }, status: "SUBMITTED" }, select: { themeId: true } });
    const byTheme = await find(chair, "disabilitas", { theme: theme.themeId!, kind: "PROPOSAL" });
    const inTheme = await t.db.proposal.findMany({ where: { themeId: theme.themeId }, select: { id: true } });
    expect(byTheme.results.every((r) => inTheme.some((p) => p.id === r.id))).toBe(true);
    const forum = await t.db.forum.findFirstOrThrow({ where: { proposals: { some: {} } }, select: { id: true } });
    for (const r of (await find(chair, "disabilitas", { forum: forum.id })).results) {
      const doc = await t.db.searchDocument.findFirstOrThrow({ where: { recordId: r.id } });
      expect(doc.forumId).toBe(forum.id);
    }
  });

  it("pages in the database, each result once", async () => {
    for (let i = 0; i < SEARCH_PAGE_SIZE + 5; i++) await createProposal(t.db, bandung, complete(`Kios kuliner inklusif nomor ${i + 1}`), true);
    const first = await find(chair, "kuliner");
    const second = await find(chair, "kuliner", { page: "2" });
    expect(first.total).toBe(SEARCH_PAGE_SIZE + 5);
    expect(first.pages).toBe(2);
    expect(second.results).toHaveLength(5);
    expect(new Set([...first.results, ...second.results].map((r) => r.id)).size).toBe(SEARCH_PAGE_SIZE + 5);
  });

  it("asks nothing of the database for a query of stop-words or symbols only, and treats symbols as spaces", async () => {
    expect(await find(chair, "yang dan di")).toMatchObject({ total: 0, results: [] });
    expect((await find(chair, '"magang" * ( : ^ -')).results.map((r) => r.title)).toContain("Rencana magang di perusahaan daerah");
  });

  it("stays equal to the records through the commands that change them, and a rolled-back change leaves no trace", async () => {
    const p = await createProposal(t.db, bandung, complete("Usulan untuk diputuskan tentang kursi roda"), true);
    await decideProposal(t.db, chair, p.id, { decision: "ACCEPT", version: p.version, comment: "" });
    // A merge into a new item, undone: the item is gone again and its proposal is back.
    const target = await draftItem(t.db, chair, item("Butir uji penggabungan kursi roda"));
    const merge = await t.db.agendaSource.findFirstOrThrow({ where: { agendaItemId: target.id } });
    expect(await titles(chair, "penggabungan kursi", { kind: "AGENDA_ITEM" })).toEqual(["Butir uji penggabungan kursi roda"]);
    await undoMerge(t.db, chair, merge.mergeId);
    expect(await titles(chair, "penggabungan kursi", { kind: "AGENDA_ITEM" })).toEqual([]);
    const unpublished = await publishedItem(t.db, chair, item("Butir uji yang ditarik kembali trotoar"));
    await setPublished(t.db, chair, unpublished.id, unpublished.version, false);
    expect(await titles(null, "trotoar", { kind: "AGENDA_ITEM" })).toEqual([]);
    const city = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    await updateCity(t.db, chair, city.id, cityFormSchema.parse({ name: "Metro Raya", slug: city.slug, province: city.province, region: city.region, timeZone: city.timeZone }));
    expect(await titles(chair, "metro raya", { kind: "CITY" })).toEqual(["Metro Raya"]);
    const forum = await t.db.forum.findFirstOrThrow({ where: { isDemo: false } });
    await setForumMinutes(t.db, chair, forum.id, minutesFormSchema.parse({ minutes: "Peserta menyepakati lokakarya aksesibilitas digital.", minutesEn: "" }));
    expect((await find(null, "lokakarya", { kind: "FORUM" })).total).toBe(1);
    // A stale save is refused inside its transaction: the search keeps the saved text.
    const stale = saveProposal(t.db, bandung, p.id, 1, proposal("Judul yang tidak pernah tersimpan trampolin"));
    await expect(stale).rejects.toBeTruthy();
    expect((await find(chair, "trampolin")).total).toBe(0);
    expect(await searchIndexDrift(t.db)).toEqual({ missing: [], stale: [] });
  });

  it("is rebuilt whole from the records, to the same rows", async () => {
    const before = await t.db.searchDocument.count();
    expect(await rebuildSearchIndex(t.db)).toBe(before);
    expect(await searchIndexDrift(t.db)).toEqual({ missing: [], stale: [] });
    expect((await find(chair, "ketenagakerjaan")).total).toBeGreaterThan(2);
  });
});
