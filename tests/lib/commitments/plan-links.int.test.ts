// A commitment's links to its city's own plans (issue 18, point 4) on a real database: the delegates of
// the city set them through the real server action (validation, version, audit) and nobody else may;
// the delegate's list filters by them in the database; the board's exports carry them in every format
// and filter by budget year.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { agendaItemSchema } from "@/lib/agenda/schemas";
import { linkToPlans } from "@/lib/commitments/commands.server";
import { cityCommitmentsPage, commitmentPage, implementation } from "@/lib/commitments/queries.server";
import { commitmentListFilterSchema, planLinksSchema } from "@/lib/commitments/schemas";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, NotFoundError } from "@/lib/policy/policy";
import { boardDownload } from "@/lib/reports/downloads.server";
import { publishedItem } from "../../support/agenda";
import { delegateFor, actorFor, type DelegateActor, type TestActor } from "../../support/actors";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { bytes, readXlsx } from "../../support/documents";

const idle = { status: "idle" as const, errors: {}, values: {} };
const COLUMNS = ["city", "region", "agendaItem", "kind", "status", "percent", "reportedOn", "verified", "budgetYear", "radReference", "rpjmdReference", "rkpdReference", "sipdProgram", "sipdActivity", "sipdSubActivity"];
const HEADERS_ID = [
  "Kota", "Wilayah", "Butir agenda", "Jenis komitmen", "Status", "Persentase selesai", "Tanggal laporan", "Terverifikasi", "Tahun anggaran",
  "RAD Penyandang Disabilitas", "RPJMD", "RKPD", "Program SIPD", "Kegiatan SIPD", "Subkegiatan SIPD",
];

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ForbiddenError) return "forbidden";
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe(`commitments linked to the city's plans (${provider})`, () => {
  let t: TestDb;
  let bandung: DelegateActor;
  let metro: DelegateActor;
  let board: TestActor;
  let item: { id: string; title: string };
  let second: { id: string; title: string };
  const commitmentOf = async (cityId: string, agendaItemId = item.id) => t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId, cityId } } });
  const json = async (params: Record<string, string>, locale: "id" | "en" = "en") =>
    JSON.parse(new TextDecoder().decode(await bytes((await boardDownload(t.db, board, locale, "json", undefined, params)).body!)));

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url; // the actions and page queries read through the app's own client
    (await import("@/lib/db.server")).resetDbForTests();
    const chair = await actorFor(t.db, "ketua@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    const base = agendaItemSchema.parse({ title: "ULD Ketenagakerjaan di setiap kota", description: "Setiap kota anggota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" });
    item = await publishedItem(t.db, chair, base);
    second = await publishedItem(t.db, chair, { ...base, title: "Pelatihan kerja inklusif di setiap kota" });
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("lets the city's delegate link a commitment through the form, on its version, with an audit event", async () => {
    await signInAs(bandung.id);
    const { planLinksAction } = await import("@/lib/commitments/actions");
    const before = await commitmentOf(bandung.cityId);
    const result = await outcome(() => planLinksAction(before.id, idle, form({
      radReference: "Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2", rpjmdReference: "", rkpdReference: "RKPD 2025, hlm. 41",
      budgetYear: "2025", sipdProgram: "2.07.02", sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.0001", version: String(before.version),
    })));
    expect(result.redirect).toBe(`/commitments/${before.id}?saved=plans`);
    const after = await commitmentOf(bandung.cityId);
    expect(after).toMatchObject({
      radReference: "Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2", rpjmdReference: null, rkpdReference: "RKPD 2025, hlm. 41", budgetYear: 2025,
      sipdProgram: "2.07.02", sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.0001", version: before.version + 1,
      // Links are not a report: the stage stays as it was.
      status: before.status, percent: before.percent, lastReportedOn: before.lastReportedOn,
    });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "commitment.planLinks", entityId: before.id } });
    expect(audit.actorId).toBe(bandung.id);
    expect(JSON.parse(audit.before!)).toEqual({ radReference: null, rpjmdReference: null, rkpdReference: null, budgetYear: null, sipdProgram: null, sipdActivity: null, sipdSubActivity: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ budgetYear: 2025, sipdSubActivity: "2.07.02.2.01.0001", rpjmdReference: null });

    // Everyone who may see the commitment sees the links: its page's query carries them for the board.
    const page = await commitmentPage(board, before.id);
    expect(page.status === "ok" && [page.value.commitment.budgetYear, page.value.commitment.sipdProgram, page.value.canReport]).toEqual([2025, "2.07.02", false]);
  });

  it("refuses a malformed code next to its field, keeps what was typed, and stores nothing", async () => {
    await signInAs(bandung.id);
    const { planLinksAction } = await import("@/lib/commitments/actions");
    const before = await commitmentOf(bandung.cityId);
    const typed = { radReference: "RAD PD 2024–2028", rpjmdReference: "", rkpdReference: "", budgetYear: "2019", sipdProgram: "2.07.02", sipdActivity: "2.07.03.2.01", sipdSubActivity: "2.07.02.2.01.01", version: String(before.version) };
    const result = await outcome(() => planLinksAction(before.id, idle, form(typed)));
    expect(result.value).toMatchObject({
      status: "error",
      errors: {
        budgetYear: "Tahun anggaran harus antara 2020 dan 2045.",
        sipdActivity: "Kode kegiatan harus diawali kode program di atas, misalnya 2.07.02.2.01 untuk program 2.07.02.",
        sipdSubActivity: "Kode subkegiatan SIPD terdiri atas enam bagian yang dipisahkan titik dan diakhiri empat angka, misalnya 2.07.02.2.01.0001.",
      },
      values: { radReference: "RAD PD 2024–2028", budgetYear: "2019", sipdActivity: "2.07.03.2.01", sipdSubActivity: "2.07.02.2.01.01" },
    });
    expect(await commitmentOf(bandung.cityId)).toEqual(before);
  });

  it("refuses a stale version: a colleague's change meanwhile is never overwritten", async () => {
    const before = await commitmentOf(bandung.cityId);
    const stale = planLinksSchema.parse({ budgetYear: "2026", version: String(before.version - 1) });
    expect(await refusal(linkToPlans(t.db, bandung, before.id, stale))).toBe("plansChangedMeanwhile");
    expect(await commitmentOf(bandung.cityId)).toEqual(before);
    // Through the form the refusal is said at the top, with the input kept.
    await signInAs(bandung.id);
    const { planLinksAction } = await import("@/lib/commitments/actions");
    const result = await outcome(() => planLinksAction(before.id, idle, form({ budgetYear: "2026", version: String(before.version - 1) })));
    expect(result.value).toMatchObject({ status: "error", formError: "Rekan dari kota Anda baru saja mengubah komitmen ini. Muat ulang halaman untuk melihat perubahannya, lalu coba lagi.", values: { budgetYear: "2026" } });
  });

  it("answers another city's delegate as if the commitment did not exist, and forbids the board", async () => {
    const target = await commitmentOf(bandung.cityId);
    const input = planLinksSchema.parse({ budgetYear: "2030", sipdProgram: "2.07.03", version: String(target.version) });
    expect(await refusal(linkToPlans(t.db, metro, target.id, input))).toBe("notFound");
    expect(await refusal(linkToPlans(t.db, board, target.id, input))).toBe("forbidden");
    expect(await refusal(linkToPlans(t.db, metro, "no-such-commitment", input))).toBe("notFound");
    expect(await commitmentOf(bandung.cityId)).toEqual(target);
    // Through the form: the board may not send it at all; Metro is told the record is not there.
    await signInAs(board.id);
    const { planLinksAction } = await import("@/lib/commitments/actions");
    expect((await outcome(() => planLinksAction(target.id, idle, form({ budgetYear: "2030", version: String(target.version) })))).value).toMatchObject({ status: "error", formError: "Anda tidak memiliki izin untuk tindakan ini." });
    await signInAs(metro.id);
    expect((await outcome(() => planLinksAction(target.id, idle, form({ budgetYear: "2030", version: String(target.version) })))).value).toMatchObject({ status: "error", formError: "Data yang Anda tuju tidak ada atau tidak dapat Anda buka." });
    expect(await commitmentOf(bandung.cityId)).toEqual(target);
    expect(await t.db.auditEvent.count({ where: { action: "commitment.planLinks", entityId: target.id } })).toBe(1);
  });

  it("clears a link with an empty field", async () => {
    const second1 = await commitmentOf(bandung.cityId, second.id);
    await linkToPlans(t.db, bandung, second1.id, planLinksSchema.parse({ rpjmdReference: "RPJMD 2025–2029, Misi 2", version: String(second1.version) }));
    await linkToPlans(t.db, bandung, second1.id, planLinksSchema.parse({ rpjmdReference: " ", version: String(second1.version + 1) }));
    expect(await commitmentOf(bandung.cityId, second.id)).toMatchObject({ rpjmdReference: null, budgetYear: null, version: second1.version + 2 });
    // Linked again by its RPJMD only, for the list below.
    await linkToPlans(t.db, bandung, second1.id, planLinksSchema.parse({ rpjmdReference: "RPJMD 2025–2029, Misi 2", version: String(second1.version + 2) }));
  });

  it("filters the delegate's list by linked / not linked and by budget year, in the database", async () => {
    const list = async (raw: Record<string, string>) => {
      const page = await cityCommitmentsPage(bandung, commitmentListFilterSchema.parse(raw));
      return { ids: page!.commitments.map((c) => c.id).sort(), years: page!.budgetYears, filtered: page!.filtered };
    };
    const [first, other] = [await commitmentOf(bandung.cityId), await commitmentOf(bandung.cityId, second.id)];
    const all = await t.db.commitment.findMany({ where: { cityId: bandung.cityId, agendaItem: { status: "PUBLISHED" } }, select: { id: true } });
    expect((await list({})).ids).toEqual(all.map((c) => c.id).sort());
    expect(await list({ plans: "linked" })).toEqual({ ids: [first.id, other.id].sort(), years: [2025], filtered: true });
    expect((await list({ plans: "unlinked" })).ids).toEqual(all.map((c) => c.id).filter((id) => id !== first.id && id !== other.id).sort());
    expect((await list({ budgetYear: "2025" })).ids).toEqual([first.id]);
    expect((await list({ budgetYear: "2025", plans: "unlinked" })).ids).toEqual([]);
    expect((await list({ budgetYear: "2031" })).ids).toEqual([]);
    // A year out of range or a made-up state is no filter at all.
    expect(await list({ budgetYear: "1999", plans: "sometimes" })).toMatchObject({ ids: all.map((c) => c.id).sort(), filtered: false });
    // Another city's list knows nothing of Bandung's years.
    expect((await cityCommitmentsPage(metro, {}))!.budgetYears).toEqual([]);
  });

  it("exports every counted commitment with its links, as JSON with documented keys, filtered by budget year", async () => {
    const surakarta = (await t.db.city.findUniqueOrThrow({ where: { slug: "surakarta" } })).id;
    // Surakarta has no delegate account in the demo data: its links, and reported and verified figures,
    // are set directly (the commands keeping them are tested above and elsewhere).
    await t.db.commitment.update({ where: { id: (await commitmentOf(surakarta)).id }, data: { budgetYear: 2026, sipdProgram: "2.07.03" } });
    await t.db.commitment.update({ where: { id: (await commitmentOf(bandung.cityId)).id }, data: { status: "IN_PROGRESS", percent: 40, lastReportedOn: new Date("2026-11-20T00:00:00Z"), verifiedStatus: "PLANNED", verifiedPercent: 10, verifiedOn: new Date("2026-10-01T00:00:00Z"), currentVerified: false } });
    const counted = await t.db.commitment.count({ where: { notApplicable: false, agendaItem: { status: "PUBLISHED" } } });
    // The report page offers the years cities have used.
    const { boardReportPage } = await import("@/lib/reports/queries.server");
    expect((await boardReportPage(board, { budgetYear: 2026 }, "id"))?.options.budgetYears).toEqual([2026, 2025]);

    const all = await json({});
    expect(all.filters).toEqual({ forum: null, theme: null, region: null, verified: false, budgetYear: null });
    expect(all.tables.map((x: { key: string }) => x.key)).toEqual(["participation", "themeStatus", "scope", "region", "forum", "implementationItem", "implementationCity", "implementationRegion", "commitments", "proposals"]);
    const list = (data: typeof all) => data.tables.find((x: { key: string }) => x.key === "commitments");
    expect(list(all).columns.map((c: { key: string }) => c.key)).toEqual(COLUMNS);
    expect(list(all).rows).toHaveLength(counted);
    expect(list(all).summary).toBe(`${counted} commitments; 3 of them linked to the city's planning documents.`);
    expect(list(all).rows.find((r: { city: string; agendaItem: string }) => r.city === "Bandung" && r.agendaItem === item.title)).toEqual({
      city: "Bandung", region: "Java", agendaItem: item.title, kind: "Every city", status: "In progress", percent: 40, reportedOn: "2026-11-20", verified: "Not yet",
      budgetYear: 2025, radReference: "Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2", rpjmdReference: null, rkpdReference: "RKPD 2025, hlm. 41",
      sipdProgram: "2.07.02", sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.0001",
    });

    // budgetYear=2025: Bandung's one commitment, in the list and in the implementation tables alike.
    const y2025 = await json({ budgetYear: "2025" });
    expect(y2025.filters.budgetYear).toBe(2025);
    expect(list(y2025).rows.map((r: { city: string }) => r.city)).toEqual(["Bandung"]);
    expect(y2025.tables.find((x: { key: string }) => x.key === "implementationRegion").rows).toEqual([{ region: "Java", done: 0, inProgress: 1, planned: 0, notStarted: 0, commitments: 1, verified: 0, share: 0 }]);
    expect((await implementation(t.db, { budgetYear: 2026 })).byCity.map((c) => c.slug)).toEqual(["surakarta"]);
    // Proposals have no budget year: their tables are the same with or without it.
    const proposals = (data: typeof all) => data.tables.find((x: { key: string }) => x.key === "proposals").rows.length;
    expect(proposals(y2025)).toBe(proposals(all));
    // With verified figures only, the stage is the latest verified report's.
    const verified = await json({ budgetYear: "2025", verified: "1" });
    expect(list(verified).rows[0]).toMatchObject({ status: "Planned", percent: 10, reportedOn: "2026-10-01", verified: "Not yet" });
    expect(list(verified).summary).toMatch(/^1 commitment; 1 of them linked .* the latest report the secretariat has verified\.$/);
    // The other filters apply as to the implementation tables: Surakarta is in Java, not in Sulawesi.
    expect(list(await json({ budgetYear: "2026", region: "SULAWESI" })).rows).toEqual([]);
    expect(list(await json({ budgetYear: "2026", region: "JAWA" })).rows.map((r: { city: string }) => r.city)).toEqual(["Surakarta"]);
    expect(list(await json({ budgetYear: "2031" })).summary).toBe("No commitments match these filters.");
  });

  it("exports the same rows as CSV (both dialects) and XLSX, SIPD codes as text; the PDF leaves the list out", async () => {
    const csv = await boardDownload(t.db, board, "id", "csv", "commitments", { budgetYear: "2025" });
    expect(csv.headers.get("content-disposition")).toMatch(/filename="laporan-dewan-ta-2025-commitments-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = new TextDecoder().decode((await bytes(csv.body!)).slice(3)).split("\r\n").filter(Boolean);
    expect(lines).toEqual([
      HEADERS_ID.join(","),
      `Bandung,Jawa,${item.title},Setiap kota,Sedang berjalan,40,2026-11-20,Belum,2025,"Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2",,"RKPD 2025, hlm. 41",2.07.02,2.07.02.2.01,2.07.02.2.01.0001`,
    ]);
    const semicolon = await boardDownload(t.db, board, "id", "csv-id", "commitments", { budgetYear: "2025", verified: "1" });
    expect(semicolon.headers.get("content-disposition")).toMatch(/filename="laporan-dewan-terverifikasi-ta-2025-commitments-\d{4}-\d{2}-\d{2}-titik-koma\.csv"/);
    const semi = new TextDecoder().decode((await bytes(semicolon.body!)).slice(3)).split("\r\n").filter(Boolean);
    expect(semi[0]).toBe(HEADERS_ID.join(";"));
    expect(semi[1]).toBe(`Bandung;Jawa;${item.title};Setiap kota;Direncanakan;10;2026-10-01;Belum;2025;Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2;;RKPD 2025, hlm. 41;2.07.02;2.07.02.2.01;2.07.02.2.01.0001`);
    // All years: every counted commitment, one line each.
    const everything = new TextDecoder().decode(await bytes((await boardDownload(t.db, board, "en", "csv", "commitments", {})).body!)).split("\r\n").filter(Boolean);
    expect(everything).toHaveLength(1 + await t.db.commitment.count({ where: { notApplicable: false, agendaItem: { status: "PUBLISHED" } } }));

    const sheets = await readXlsx(await bytes((await boardDownload(t.db, board, "id", "xlsx", undefined, { budgetYear: "2026" })).body!));
    expect(sheets.map((x) => x.name)).toContain("Komitmen dan perencanaan kota");
    const sheet = sheets.find((x) => x.name === "Komitmen dan perencanaan kota")!;
    expect(sheet.frozen && sheet.headerBold).toBe(true);
    expect(sheet.rows[0]).toEqual(HEADERS_ID);
    expect(sheet.rows.slice(1)).toHaveLength(1);
    const [row] = sheet.rows.slice(1);
    expect(row.slice(0, 2)).toEqual(["Surakarta", "Jawa"]);
    // Percent as a fraction of the cell's format, the year as a number, the codes as text; empty links stay empty.
    expect([row[5], row[8], row[12], row[13]]).toEqual([0, 2026, "2.07.03", undefined]);

    const { pdfText } = await import("../../support/documents");
    const pdf = await pdfText(await bytes((await boardDownload(t.db, board, "id", "pdf", undefined, { budgetYear: "2025" })).body!));
    expect(pdf.text).toContain("Wilayah: Semua · Tahun anggaran: 2025 · Angka pelaksanaan: Semua laporan");
    expect(pdf.text).not.toContain("Komitmen dan perencanaan kota");
  });

  it("streams more than one page of commitments (keyset by id), each once", async () => {
    // 40 more published items for every member city: over the 1,000 rows of one page.
    const members = await t.db.city.findMany({ where: { membershipStatus: "MEMBER" }, select: { id: true } });
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `bulk-item-${String(i).padStart(2, "0")}`, title: `Butir uji halaman ${i}`, description: "Uji halaman.", level: "EVERY_CITY" as const, status: "PUBLISHED" as const, priority: 100 + i }));
    await t.db.agendaItem.createMany({ data: items });
    await t.db.commitment.createMany({ data: items.flatMap((it, i) => members.map((m) => ({ agendaItemId: it.id, cityId: m.id, kind: "REQUIRED" as const, budgetYear: i % 2 ? 2027 : null }))) });
    const counted = await t.db.commitment.count({ where: { notApplicable: false, agendaItem: { status: "PUBLISHED" } } });
    expect(counted).toBeGreaterThan(1000);
    const rows = (await json({})).tables.find((x: { key: string }) => x.key === "commitments").rows as { city: string; agendaItem: string }[];
    expect(rows).toHaveLength(counted);
    expect(new Set(rows.map((r) => `${r.city}|${r.agendaItem}`)).size).toBe(counted);
    const y2027 = (await json({ budgetYear: "2027" })).tables.find((x: { key: string }) => x.key === "commitments");
    expect(y2027.rows).toHaveLength(20 * members.length);
    expect(y2027.summary).toBe(`${20 * members.length} commitments; ${20 * members.length} of them linked to the city's planning documents.`);
  });
});
