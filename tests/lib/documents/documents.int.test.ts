// The official documents (issue 18, point 5) on a real database: a city's action plan for the mayor's
// signature, the chair's report to the board per cycle, and the board report and agenda PDFs on the
// same layout. Each PDF is read back through pdf.js (text, tagged structure, language), checked for
// whole header words, dates as people write them and "Halaman X dari Y", and rendered to page images
// under .tmp/pdf-pages/ with poppler's pdftoppm to be looked at.
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { jar, nextHeadersMock, signInAs } from "../../support/request";

/** The reader's language as the session gives it to the route handlers. */
const reader = vi.hoisted(() => ({ locale: "id" as "id" | "en" }));
vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const id = (await import("@/lib/i18n/messages/id.json")).default;
  const en = (await import("@/lib/i18n/messages/en.json")).default;
  return {
    getLocale: async () => reader.locale,
    getTranslations: async (namespace?: string) => createTranslator({ locale: reader.locale, messages: reader.locale === "en" ? en : id, namespace: namespace as never }),
  };
});

import { agendaItemSchema } from "@/lib/agenda/schemas";
import { commitVoluntarily, linkToPlans, reportProgress } from "@/lib/commitments/commands.server";
import { planLinksSchema, progressReportSchema } from "@/lib/commitments/schemas";
import { actionPlanDownload } from "@/lib/documents/action-plan.server";
import { chairReportDownload } from "@/lib/documents/chair-report.server";
import { formatDayOf } from "@/lib/format/zones";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { agendaDownload, boardDownload } from "@/lib/reports/downloads.server";
import { boardReport } from "@/lib/reports/queries.server";
import { agendaTable, boardTables } from "@/lib/reports/tables";
import { publishedItem } from "../../support/agenda";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { bytes, pdfStructure, pdfText, renderPages } from "../../support/documents";

type Structure = Awaited<ReturnType<typeof pdfStructure>>;
const CURRENT = new Date().getUTCFullYear();
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Every table header cell reads exactly as one of `headers`: its lines were broken at spaces only. */
function expectWholeHeaders(s: Structure, headers: string[]) {
  const cells = s.elements.filter((e) => e.role === "TH").map((e) => e.text);
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(headers, `header cell "${cell}"`).toContain(cell);
}

/** Tagged, with a structure tree, the language and title given, and "Halaman 1 dari N" … "Halaman N dari N". */
function expectOfficial(s: Structure, text: string, title: string, locale: "id" | "en") {
  expect(s.tagged).toBe(true);
  expect(s.hasStructTree).toBe(true);
  expect(s.language).toBe(locale === "en" ? "en-GB" : "id-ID");
  expect(s.title).toBe(title);
  expect(s.elements.find((e) => e.role === "H1")?.text).toBe(title);
  const page = (n: number) => (locale === "en" ? `Page ${n} of ${s.pages}` : `Halaman ${n} dari ${s.pages}`);
  expect(text).toContain(page(1));
  expect(text).toContain(page(s.pages));
  expect(text).toContain(locale === "en" ? "Association of Indonesian Municipalities (Apeksi)" : "Asosiasi Pemerintah Kota Seluruh Indonesia (Apeksi)");
  expect(text).toContain(locale === "en" ? "Working Group Towards Inclusive Cities" : "Pokja Menuju Kota Inklusif");
}

/** The Alt texts of the figures, in order (a chart continued on the next page is one figure on both). */
const figuresOf = (s: Structure) => [...new Set(s.elements.filter((e) => e.role === "Figure").map((e) => e.alt ?? ""))];

/** Renders every page and checks that images came out (the eye does the rest: .tmp/pdf-pages). */
function expectPages(data: Uint8Array, name: string, pages: number) {
  const files = renderPages(data, `${provider}/${name}`);
  expect(files).toHaveLength(pages);
  for (const f of files) expect(statSync(f).size).toBeGreaterThan(5_000);
}

async function read(response: Response) {
  const data = await bytes(response.body!);
  const [structure, { text }] = await Promise.all([pdfStructure(data), pdfText(data)]);
  return { data, structure, text };
}

describe(`official documents (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let board: TestActor;
  let bandung: DelegateActor;
  let metro: DelegateActor;
  let members: number;
  const titles = {
    uld: "ULD Ketenagakerjaan di setiap kota anggota",
    fair: "Bursa kerja inklusif tingkat nasional bersama asosiasi pengusaha",
    interpreters: "Pelatihan juru bahasa isyarat untuk petugas Disnaker",
  };
  const ids: Record<keyof typeof titles, string> = { uld: "", fair: "", interpreters: "" };

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url; // the route handlers read through the app's own client
    (await import("@/lib/db.server")).resetDbForTests();
    chair = await actorFor(t.db, "ketua@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    members = await t.db.city.count({ where: { membershipStatus: "MEMBER" } });
    const item = (title: string, level: "EVERY_CITY" | "NATIONAL", extra: Record<string, string> = {}) => agendaItemSchema.parse({
      title, description: "Butir agenda untuk menguji dokumen resmi.", level, owner: level === "EVERY_CITY" ? "EACH_CITY" : "APEKSI", indicators: "", milestones: "", ...extra,
    });
    ids.uld = (await publishedItem(t.db, chair, item(titles.uld, "EVERY_CITY", {
      titleEn: "A disability employment unit (ULD) in every member city",
      milestones: "2027-03-31: Perwal ULD Ketenagakerjaan ditetapkan\n2027-09-30: ULD melayani pencari kerja penyandang disabilitas",
    }))).id;
    ids.fair = (await publishedItem(t.db, chair, item(titles.fair, "NATIONAL"))).id;
    ids.interpreters = (await publishedItem(t.db, chair, item(titles.interpreters, "NATIONAL"))).id;
    await commitVoluntarily(t.db, bandung, ids.fair);
    await commitVoluntarily(t.db, metro, ids.interpreters);

    const commitment = (cityId: string, agendaItemId: string) => t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId, cityId } } });
    const uld = await commitment(bandung.cityId, ids.uld);
    const report = await reportProgress(t.db, bandung, uld.id, progressReportSchema.parse({
      status: "IN_PROGRESS", percent: "40", summary: "Rancangan Perwal ULD sudah dibahas bersama organisasi penyandang disabilitas.", evidence: "", links: "", reportedOn: "2026-02-28", version: String(uld.version),
    }));
    // Two current files and one replaced one: the plan counts the current ones.
    const file = (name: string, replacedAt: Date | null = null) => t.db.attachment.create({
      data: { progressReportId: report.id, fileName: name, mediaType: "application/pdf", size: 1024, sha256: "ab".repeat(32), description: "Bukti", replacedAt },
    });
    await file("notulen-rapat.pdf");
    await file("rancangan-perwal.pdf");
    await file("rancangan-lama.pdf", new Date());
    const linked = await commitment(bandung.cityId, ids.uld);
    await linkToPlans(t.db, bandung, linked.id, planLinksSchema.parse({
      radReference: "Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2", rpjmdReference: "", rkpdReference: "RKPD 2025, hlm. 41", budgetYear: "2025",
      sipdProgram: "2.07.02", sipdActivity: "2.07.02.2.01", sipdSubActivity: "2.07.02.2.01.0001", version: String(linked.version),
    }));
    const metroUld = await commitment(metro.cityId, ids.uld);
    await reportProgress(t.db, metro, metroUld.id, progressReportSchema.parse({
      status: "DONE", percent: "100", summary: "Perwal ULD Ketenagakerjaan Kota Metro sudah ditetapkan.", evidence: "", links: "", reportedOn: "2026-03-15", version: String(metroUld.version),
    }));

    // Two cycles: 2023 (the Malang forum) with a frozen edition, and the current one, not frozen, with the items above.
    for (const year of [2023, CURRENT]) await t.db.cycle.upsert({ where: { year }, create: { year }, update: {} });
    await t.db.forum.update({ where: { slug: "forum-konsolidasi-malang-2023" }, data: { cycleYear: 2023 } });
    await t.db.agendaItem.updateMany({ where: { id: { in: Object.values(ids) } }, data: { cycleYear: CURRENT } });
    await t.db.agendaEdition.deleteMany({ where: { cycleYear: { in: [2023, CURRENT] } } });
    const frozen = (position: number, agendaItemId: string, title: string, titleEn: string | null, done: number, inProgress: number) => ({
      agendaItemId, position, title, titleEn, description: "Dibekukan untuk uji.", level: "EVERY_CITY" as const, owner: "EACH_CITY" as const, version: 1,
      sources: "[]", milestones: "[]", commitments: "[]", commitmentCount: members, doneCount: done, inProgressCount: inProgress, plannedCount: 0,
      notStartedCount: members - done - inProgress, averagePercent: 7,
    });
    await t.db.agendaEdition.create({
      data: {
        cycleYear: 2023, digest: "9f".repeat(32), frozenAt: new Date("2023-12-15T03:00:00Z"), note: "Edisi pertama agenda nasional Apeksi.",
        items: { create: [frozen(1, ids.uld, titles.uld, "A disability employment unit (ULD) in every member city", 1, 1), frozen(2, ids.fair, titles.fair, null, 0, 0)] },
      },
    });
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  describe("a city's action plan", () => {
    const planHeaders = (m: typeof id | typeof en) => {
      const d = m.documents;
      return [
        d.col.number, d.col.agendaItem, d.col.kind, d.col.status, d.col.percent, d.col.lastReport, d.col.evidence, d.col.milestone, d.col.dueOn,
        d.actionPlan.reason, ...Object.values(d.plan),
      ];
    };

    it("lists the city's commitments with milestones, plan links and evidence, a chart and a signature block, in Indonesian", async () => {
      const result = await actionPlanDownload(board, "bandung", "id", { db: t.db });
      expect(result.status).toBe("ok");
      const response = (result as { value: Response }).value;
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="rencana-aksi-bandung-\d{4}-\d{2}-\d{2}\.pdf"$/);
      const { data, structure, text } = await read(response);
      expectOfficial(structure, text, "Rencana Aksi Kota Bandung", "id");
      expectWholeHeaders(structure, planHeaders(id));
      const cells = structure.elements.filter((e) => e.role === "TD").map((e) => e.text);
      // Its commitments: the every-city item and the national one it took on; never Metro's own.
      expect(cells).toContain(titles.uld);
      expect(cells).toContain(titles.fair);
      expect(text).not.toContain(titles.interpreters);
      // Milestones, the latest report and plan links, with dates as people write them.
      expect(text).toContain("Perwal ULD Ketenagakerjaan ditetapkan");
      expect(cells).toContain("31 Maret 2027");
      expect(cells).toContain("28 Februari 2026");
      expect(text).not.toMatch(ISO_DATE);
      expect(cells).toContain("Perwal Nomor 12 Tahun 2024, Lampiran, Aksi 3.2");
      expect(cells).toContain("2.07.02.2.01.0001");
      expect(cells).toContain("2 berkas");
      expect(text).toContain("2 berkas bukti terlampir pada laporan kemajuan");
      // The chart, with its figures in words for assistive technology.
      expect(figuresOf(structure)[0]).toMatch(/^Diagram batang bertumpuk: Status komitmen menurut jenis\. Setiap kota: Selesai 0, Sedang berjalan 1, Direncanakan 0, Belum dimulai 0; Sukarela: .*Belum dimulai 1; Semua komitmen: /);
      // Ready for the mayor's signature: place and date, office.
      expect(text).toContain(`Bandung, ${formatDayOf(new Date(), "WIB", "id")}`);
      expect(text).toContain("Wali Kota Bandung,");
      expect(structure.elements.filter((e) => e.role === "H2").map((e) => e.text)).toEqual(["Ringkasan", "Daftar komitmen", "Rincian komitmen", "Pengesahan"]);
      expectPages(data, "rencana-aksi.id", structure.pages);
    });

    it("is in English for an English reader: dates, headers, page numbers and the items' English titles", async () => {
      const result = await actionPlanDownload(bandung, "bandung", "en", { db: t.db });
      const { data, structure, text } = await read((result as { value: Response }).value);
      expectOfficial(structure, text, "Action Plan of the City of Bandung", "en");
      expectWholeHeaders(structure, planHeaders(en));
      expect(text).toContain("A disability employment unit (ULD) in every member city");
      // An item without an English title is quoted in Indonesian, and marked so.
      expect(structure.elements.find((e) => e.role === "TD" && e.text === titles.fair)?.lang).toBe("id-ID");
      expect(structure.elements.find((e) => e.role === "TD" && e.text === "A disability employment unit (ULD) in every member city")?.lang).toBeUndefined();
      expect(text).toContain("31 March 2027");
      expect(text).toContain("28 February 2026");
      expect(text).toContain("Mayor of Bandung,");
      expect(text).not.toMatch(ISO_DATE);
      expectPages(data, "action-plan.en", structure.pages);
    });

    it("is for the city's delegates, the stewards and the board: another city's delegate is refused, a visitor sent to sign in", async () => {
      const { GET } = await import("@/app/cities/[slug]/action-plan/route");
      const get = (slug: string) => GET(new Request(`http://portal.test/cities/${slug}/action-plan`), { params: Promise.resolve({ slug }) });
      jar.clear();
      reader.locale = "id";
      const visitor = await get("bandung");
      expect(visitor.status).toBe(303);
      expect(visitor.headers.get("location")).toBe("http://portal.test/sign-in?callbackUrl=%2Fcities%2Fbandung%2Faction-plan");
      await signInAs(metro.id);
      const other = await get("bandung");
      expect(other.status).toBe(403);
      expect(await other.text()).toBe("Anda tidak berwenang membuka dokumen ini.");
      expect((await get("metro")).status).toBe(200);
      await signInAs(bandung.id);
      reader.locale = "en";
      const own = await get("bandung");
      expect(own.status).toBe(200);
      expect(own.headers.get("content-disposition")).toMatch(/filename="action-plan-bandung-\d{4}-\d{2}-\d{2}\.pdf"/);
      expect((await pdfText(await bytes(own.body!))).language).toBe("en-GB");
      await signInAs(board.id);
      expect((await get("atlantis")).status).toBe(404);
      reader.locale = "id";
      jar.clear();
    });
  });

  describe("the chair's report to the board", () => {
    const reportHeaders = (m: typeof id | typeof en) => {
      const d = m.documents.col;
      const stages = m.enums.progressStatus;
      return [d.forum, d.date, d.venue, d.citiesAttended, d.citiesInvited, d.citiesAbsent, d.peopleAttended, d.proposals, d.number, d.agendaItem, d.level, d.commitments,
        d.averagePercent, d.total, d.doneShare, d.city, stages.DONE, stages.IN_PROGRESS, stages.PLANNED, stages.NOT_STARTED];
    };

    it("reports a frozen cycle: its forums and who took part, the edition as frozen, and implementation now, with charts", async () => {
      const result = await chairReportDownload(chair, "2023", "id", { db: t.db });
      const response = (result as { value: Response }).value;
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="laporan-ketua-pokja-2023-\d{4}-\d{2}-\d{2}\.pdf"$/);
      const { data, structure, text } = await read(response);
      expectOfficial(structure, text, "Laporan Ketua Pokja Menuju Kota Inklusif Siklus 2023", "id");
      expectWholeHeaders(structure, reportHeaders(id));
      expect(text).toContain("Kepada Yth. Ketua Dewan Pengurus Apeksi");
      const cells = structure.elements.filter((e) => e.role === "TD").map((e) => e.text);
      // The Malang forum of 28 February 2023: the 28 member cities attended, 8 were invited.
      expect(cells).toContain("28 Februari 2023");
      expect(cells).toContain("Hotel Santika Premiere Malang");
      const malang = structure.elements.findIndex((e) => e.role === "TD" && e.text === "Hotel Santika Premiere Malang");
      expect(structure.elements.slice(malang + 1, malang + 4).map((e) => e.text)).toEqual(["28", "8", "0"]);
      expect(text).toContain("Edisi agenda nasional 2023 dibekukan pada 15 Desember 2023 dengan 2 butir.");
      expect(text).toContain(`Sidik jari edisi (SHA-256): ${"9f".repeat(32)}`);
      expect(text).toContain("Catatan Ketua: Edisi pertama agenda nasional Apeksi.");
      expect(cells).toContain(titles.uld);
      expect(cells).toContain(titles.fair);
      expect(text).not.toContain(titles.interpreters); // not in the 2023 edition
      // Implementation now: Metro done, Bandung in progress on the ULD item; Bandung's national commitment not started.
      expect(text).toMatch(new RegExp(`Per \\d+ \\S+ \\d{4}, 1 dari ${members + 1} komitmen selesai`));
      const figures = figuresOf(structure);
      expect(figures.map((f) => f.split(".")[0])).toEqual([
        "Diagram batang bertumpuk: Kehadiran kota per forum", "Diagram batang bertumpuk: Status komitmen per butir agenda", "Diagram batang bertumpuk: Status komitmen per kota",
      ]);
      expect(figures[1]).toContain(`1. ${titles.uld}: Selesai 1, Sedang berjalan 1, Direncanakan 0, Belum dimulai ${members - 2}`);
      expect(text).toContain("Ketua Pokja Menuju Kota Inklusif Apeksi,");
      expect(text).not.toMatch(ISO_DATE);
      expectPages(data, "laporan-ketua.2023.id", structure.pages);
    });

    it("reports an open cycle from its published items, in English", async () => {
      const result = await chairReportDownload(board, String(CURRENT), "en", { db: t.db });
      const { data, structure, text } = await read((result as { value: Response }).value);
      expectOfficial(structure, text, `Report of the Chair of the Working Group Towards Inclusive Cities, Cycle ${CURRENT}`, "en");
      expectWholeHeaders(structure, reportHeaders(en));
      expect(text).toContain(`The ${CURRENT} edition has not been frozen yet. These are the cycle's 3 published agenda items`);
      expect(text).toContain("A disability employment unit (ULD) in every member city");
      expect(text).toContain(titles.interpreters);
      expect(text).not.toMatch(ISO_DATE);
      expectPages(data, "chair-report.current.en", structure.pages);
    });

    it("is for readers of the board's reports only; a year without a cycle is not found", async () => {
      expect((await chairReportDownload(bandung, "2023", "id", { db: t.db })).status).toBe("forbidden");
      expect((await chairReportDownload(chair, "1999", "id", { db: t.db })).status).toBe("notFound");
      expect((await chairReportDownload(chair, "20x3", "id", { db: t.db })).status).toBe("notFound");
      const { GET } = await import("@/app/reports/cycles/[year]/chair-report/route");
      const get = (year: string) => GET(new Request(`http://portal.test/reports/cycles/${year}/chair-report`), { params: Promise.resolve({ year }) });
      jar.clear();
      expect((await get("2023")).status).toBe(303);
      await signInAs(metro.id);
      expect((await get("2023")).status).toBe(403);
      await signInAs(board.id);
      const ok = await get("2023");
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("application/pdf");
      jar.clear();
    });
  });

  describe("the board report and the agenda on the same layout", () => {
    const BOARD_ACTOR = { id: "board-reader", role: "BOARD" as const, cityId: null };

    it("prints the board report with the identity, page numbers, dates in words, whole headers and implementation charts", async () => {
      for (const locale of ["id", "en"] as const) {
        const messages = locale === "en" ? en : id;
        const { data, structure, text } = await read(await boardDownload(t.db, BOARD_ACTOR, locale, "pdf", undefined, {}));
        expectOfficial(structure, text, locale === "en" ? "Board report, Inclusive Cities Working Group" : "Laporan dewan, Pokja Kota Inklusif", locale);
        const tables = boardTables(await boardReport(t.db, {}), locale, messages);
        expectWholeHeaders(structure, tables.flatMap((x) => x.columns.map((c) => c.header)));
        expect(structure.elements.filter((e) => e.role === "H2").map((e) => e.text)).toEqual(tables.map((x) => x.title));
        // Implementation by item, city and region.
        const figures = figuresOf(structure);
        expect(figures).toHaveLength(3);
        expect(figures[0]).toContain(locale === "en" ? "Stacked bar chart" : "Diagram batang bertumpuk");
        expect(text).toContain(locale === "en" ? `As of ${formatDayOf(new Date(), "WIB", "en")}` : `Keadaan per ${formatDayOf(new Date(), "WIB", "id")}`);
        expect(text).not.toMatch(ISO_DATE);
        expectPages(data, `laporan-dewan.${locale}`, structure.pages);
      }
    });

    it("prints the agenda with the columns that matter on paper, whole headers and a progress chart", async () => {
      for (const locale of ["id", "en"] as const) {
        const messages = locale === "en" ? en : id;
        const { data, structure, text } = await read(await agendaDownload(t.db, locale, "pdf", {}));
        expectOfficial(structure, text, locale === "en" ? "Apeksi national agenda" : "Agenda nasional Apeksi", locale);
        const table = agendaTable((async function* () {})(), locale, messages, { items: 0, members: 0 });
        const printed = table.print!.map((key) => table.columns.find((c) => c.key === key)!.header);
        expectWholeHeaders(structure, printed);
        // One part, no squeezing: exactly the printed columns, once.
        expect(structure.elements.filter((e) => e.role === "TH").map((e) => e.text)).toEqual(printed);
        expect(figuresOf(structure)).toHaveLength(1);
        expect(text).toContain(titles.uld);
        expect(text).not.toMatch(ISO_DATE);
        expectPages(data, `agenda.${locale}`, structure.pages);
      }
    });
  });
});
