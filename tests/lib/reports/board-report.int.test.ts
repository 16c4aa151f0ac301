import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeProposals, setPublished } from "@/lib/agenda/commands.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { REGIONS } from "@/lib/cities/constants";
import type { Db } from "@/lib/db.server";
import { agendaDownload, boardDownload } from "@/lib/reports/downloads.server";
import { boardReport } from "@/lib/reports/queries.server";
import { REPORTED_STATUSES, reportFilterSchema, type ReportFilter } from "@/lib/reports/schemas";
import { decideProposal } from "@/lib/review/commands.server";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { bytes, pdfText, readXlsx } from "../../support/documents";

/** A board member, as the policy sees them: exports follow what the board may see. */
const BOARD = { id: "board-reader", role: "BOARD" as const, cityId: null };

/** The same figures counted independently: one Prisma count per cell, no GROUP BY, no raw SQL. */
async function independent(db: Db, f: ReportFilter) {
  const base = {
    status: { not: "DRAFT" as const },
    ...(f.forum ? { forumId: f.forum } : {}),
    ...(f.theme ? { themeId: f.theme } : {}),
    ...(f.region ? { city: { region: f.region } } : {}),
  };
  const members = await db.city.findMany({ where: { membershipStatus: "MEMBER", ...(f.region ? { region: f.region } : {}) }, select: { id: true, name: true } });
  const participation = Object.fromEntries(await Promise.all(members.map(async (c) => [c.name, await db.proposal.count({ where: { ...base, cityId: c.id } })] as const)));
  const themes = await db.theme.findMany({ select: { id: true, nameId: true } });
  const themeStatus: Record<string, Record<string, number>> = {};
  for (const th of [...themes, { id: null, nameId: null }].filter((x) => !f.theme || x.id === f.theme)) {
    for (const s of REPORTED_STATUSES) {
      const count = await db.proposal.count({ where: { ...base, themeId: th.id, status: s } });
      if (count) (themeStatus[th.nameId ?? ""] ??= {})[s] = count;
    }
  }
  const regions: Record<string, { proposals: number; cities: number; adopted: number; considered: number }> = {};
  for (const r of REGIONS.filter((x) => !f.region || x === f.region)) {
    const where = { ...base, city: { region: r } };
    const proposals = await db.proposal.count({ where });
    if (!proposals) continue;
    regions[r] = {
      proposals,
      cities: (await db.proposal.findMany({ where, distinct: ["cityId"], select: { cityId: true } })).length,
      adopted: await db.proposal.count({ where: { ...where, status: { in: ["ACCEPTED", "MERGED"] } } }),
      considered: await db.proposal.count({ where: { ...where, status: { notIn: ["DRAFT", "WITHDRAWN"] } } }),
    };
  }
  const scope = {
    CITY_ACTION_PLAN: await db.proposal.count({ where: { ...base, scope: "CITY_ACTION_PLAN" } }),
    NATIONAL_AGENDA: await db.proposal.count({ where: { ...base, scope: "NATIONAL_AGENDA" } }),
    none: await db.proposal.count({ where: { ...base, scope: null } }),
  };
  const forums = await db.forum.findMany({ select: { id: true } });
  const forum = Object.fromEntries((await Promise.all([...forums.map((x) => x.id), null].filter((id) => !f.forum || id === f.forum).map(async (id) => [id ?? "", await db.proposal.count({ where: { ...base, forumId: id } })] as const))).filter(([, n]) => n > 0));
  return { participation, themeStatus, regions, scope, forum, submitted: await db.proposal.count({ where: base }) };
}

async function compare(db: Db, f: ReportFilter) {
  const report = await boardReport(db, f);
  const expected = await independent(db, f);
  expect(Object.fromEntries(report.participation.map((c) => [c.name, c.proposals]))).toEqual(expected.participation);
  expect(Object.fromEntries(report.themeStatus.map((r) => [r.nameId ?? "", Object.fromEntries(Object.entries(r.counts).filter(([, n]) => n > 0))]))).toEqual(expected.themeStatus);
  expect(Object.fromEntries(report.region.map(({ region, ...rest }) => [region, rest]))).toEqual(expected.regions);
  expect(Object.fromEntries(report.scope.map((s) => [s.scope ?? "none", s.count]))).toEqual(Object.fromEntries(Object.entries(expected.scope).filter(([, n]) => n > 0)));
  expect(Object.fromEntries(report.forum.map((r) => [r.forumId ?? "", r.proposals]))).toEqual(expected.forum);
  expect(report.headline.submitted).toBe(expected.submitted);
  expect(report.headline.participating).toBe(Object.values(expected.participation).filter((n) => n > 0).length);
  expect(report.headline.members).toBe(Object.keys(expected.participation).length);
  return report;
}

describe(`board reports (${provider})`, () => {
  let t: TestDb;
  let demoForum: string;
  let longTitle: string;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const ids = Object.fromEntries((await t.db.proposal.findMany({ select: { id: true, city: { select: { slug: true } } } })).map((p) => [p.city.slug, p.id]));
    const version = async (id: string) => (await t.db.proposal.findUniqueOrThrow({ where: { id } })).version;
    // A spread of outcomes: merged into a published item, accepted, rejected, withdrawn, and a draft
    // that no report may count.
    longTitle = `Layanan ULD Ketenagakerjaan terpadu di setiap kota anggota ${"dan kabupaten sekitarnya ".repeat(9)}`.trim();
    const base = agendaItemSchema.parse({ title: longTitle, description: "Setiap kota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" });
    const merged = await mergeProposals(t.db, chair, [ids.bandung, ids.kupang], { newItem: base });
    await setPublished(t.db, chair, merged.item.id, (await t.db.agendaItem.findUniqueOrThrow({ where: { id: merged.item.id } })).version, true);
    await decideProposal(t.db, chair, ids.surakarta, { decision: "ACCEPT", comment: "", version: await version(ids.surakarta) });
    await decideProposal(t.db, chair, ids.makassar, { decision: "REJECT", comment: "Di luar lingkup Pokja.", version: await version(ids.makassar) });
    await t.db.proposal.update({ where: { id: ids.denpasar }, data: { status: "WITHDRAWN" } });
    const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    await t.db.proposal.create({ data: { cityId: metro.id, title: "Draf yang belum dikirim", status: "DRAFT" } });
    demoForum = (await t.db.forum.findUniqueOrThrow({ where: { slug: "forum-contoh-rencana-aksi" } })).id;
  });
  afterAll(() => t.drop());

  it("computes every roll-up exactly as independent counts do, with and without filters", async () => {
    const all = await compare(t.db, {});
    expect(all.headline.submitted).toBeGreaterThan(0);
    // Drafts never count: Metro has one and is still listed as not having submitted.
    expect(all.participation.find((c) => c.name === "Metro")?.proposals).toBe(0);
    expect(all.headline.adopted).toBe(3);
    await compare(t.db, { region: "JAWA" });
    await compare(t.db, { forum: demoForum });
    const uld = await t.db.theme.findUniqueOrThrow({ where: { slug: "uld-job-centre" } });
    await compare(t.db, { theme: uld.id, region: "BALI_NUSA_TENGGARA" });
  });

  it("treats unknown filters as absent and a forum without proposals as an empty, valid report", async () => {
    expect(reportFilterSchema.parse({ region: "ATLANTIS", forum: "'; DROP TABLE x;--", theme: ["a"] })).toEqual({});
    const malang = await t.db.forum.findFirstOrThrow({ where: { NOT: { id: demoForum } } });
    const empty = await compare(t.db, { forum: malang.id });
    expect(empty.headline.submitted).toBe(0);
    expect(empty.themeStatus).toEqual([]);
    const response = await boardDownload(t.db, BOARD, "id", "xlsx", undefined, { forum: malang.id });
    const sheets = await readXlsx(await bytes(response.body!));
    expect(sheets.find((s) => s.name === "Usulan terkirim")?.rows).toHaveLength(1);
  });

  it("exports a real workbook: one sheet per table, bold frozen header, widths, known rows", async () => {
    const response = await boardDownload(t.db, BOARD, "id", "xlsx", undefined, { region: "JAWA" });
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="laporan-dewan-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheets = await readXlsx(await bytes(response.body!));
    expect(sheets.map((s) => s.name)).toEqual([
      "Partisipasi kota anggota", "Usulan menurut tema dan status", "Usulan menurut lingkup", "Usulan dan adopsi per wilayah", "Forum",
      "Pelaksanaan per butir agenda", "Pelaksanaan per kota", "Pelaksanaan per wilayah", "Komitmen dan perencanaan kota", "Usulan terkirim",
    ]);
    for (const s of sheets) {
      expect(s.frozen).toBe(true);
      expect(s.headerBold).toBe(true);
      expect(s.widths.every((w) => typeof w === "number" && w > 0)).toBe(true);
    }
    const participation = sheets[0];
    expect(participation.rows[0]).toEqual(["Kota", "Wilayah", "Usulan", "Sudah mengirim"]);
    const bandung = await t.db.proposal.count({ where: { city: { slug: "bandung" }, status: { not: "DRAFT" } } });
    expect(participation.rows).toContainEqual(["Bandung", "Jawa", bandung, "Ya"]);
    expect(participation.rows.some((r) => r[1] === "Jawa" && r[2] === 0 && r[3] === "Belum")).toBe(true);
    const proposals = sheets[9];
    expect(proposals.rows.length - 1).toBe(await t.db.proposal.count({ where: { status: { notIn: ["DRAFT", "WITHDRAWN"] }, city: { region: "JAWA" } } }));
  });

  it("exports CSV with a byte-order mark, one table, quoted text, and neutralised formulas", async () => {
    const malicious = await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "semarang" } } });
    await t.db.proposal.update({ where: { id: malicious.id }, data: { title: '=HYPERLINK("http://x","klik"), "kutip"' } });
    const response = await boardDownload(t.db, BOARD, "en", "csv", "proposals", {});
    const raw = await bytes(response.body!);
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(raw.slice(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Title,City,Region,Theme,Scope,Status,Forum,Submitted on,Agenda item");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik""), ""kutip"""`);
    // The board sees every submitted proposal except those their city withdrew (policy: proposalStatusesVisibleTo).
    expect(lines.filter(Boolean)).toHaveLength(1 + (await t.db.proposal.count({ where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } })));
  });

  it("exports open-data JSON with the filters and documented columns", async () => {
    const response = await boardDownload(t.db, BOARD, "en", "json", undefined, { region: "JAWA" });
    const data = JSON.parse(new TextDecoder().decode(await bytes(response.body!)));
    expect(data.filters).toEqual({ forum: null, theme: null, region: "JAWA", verified: false, budgetYear: null });
    expect(data.tables.map((x: { key: string }) => x.key)).toEqual(["participation", "themeStatus", "scope", "region", "forum", "implementationItem", "implementationCity", "implementationRegion", "commitments", "proposals"]);
    const region = data.tables.find((x: { key: string }) => x.key === "region");
    expect(region.columns.map((c: { key: string }) => c.key)).toEqual(["region", "proposals", "cities", "considered", "adopted", "share"]);
    expect(region.rows).toHaveLength(1);
  });

  it("renders a tagged PDF in the viewer's language with the title, filters and a known figure", async () => {
    const uld = await t.db.theme.findUniqueOrThrow({ where: { slug: "uld-job-centre" } });
    const members = await t.db.city.count({ where: { membershipStatus: "MEMBER" } });
    const id = await pdfText(await bytes((await boardDownload(t.db, BOARD, "id", "pdf", undefined, { theme: uld.id })).body!));
    expect(id.title).toBe("Laporan dewan, Pokja Kota Inklusif");
    expect(id.language).toBe("id-ID");
    expect(id.tagged).toBe(true);
    expect(id.text).toContain("Saringan: Forum: Semua · Tema: Layanan ULD / pusat ketenagakerjaan inklusif");
    expect(id.text).toMatch(new RegExp(`\\d+ dari ${members} kota anggota sudah mengirim usulan`));
    const en = await pdfText(await bytes((await boardDownload(t.db, BOARD, "en", "pdf", undefined, {})).body!));
    expect(en.text).toContain("Board report, Inclusive Cities Working Group");
    expect(en.text).toContain(`of ${members} member cities have submitted proposals`);
  });

  it("exports the public agenda: published items only, a long title intact, zero rows as a valid file", async () => {
    const csv = new TextDecoder().decode(await bytes((await agendaDownload(t.db, "id", "csv", {})).body!));
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(longTitle);
    expect(lines[1]).toContain('"Bandung, Kupang"');
    const pdf = await pdfText(await bytes((await agendaDownload(t.db, "en", "pdf", {})).body!));
    expect(pdf.text).toContain("Apeksi national agenda");
    expect(pdf.text).toContain("Layanan ULD Ketenagakerjaan terpadu");
    const none = await agendaDownload(t.db, "id", "xlsx", { region: "MALUKU_PAPUA" });
    const sheets = await readXlsx(await bytes(none.body!));
    expect(sheets).toHaveLength(1);
    expect(sheets[0].rows).toHaveLength(1);
    expect(sheets[0].rows[0][1]).toBe("Judul");
    const emptyPdf = await pdfText(await bytes((await agendaDownload(t.db, "id", "pdf", { region: "MALUKU_PAPUA" })).body!));
    expect(emptyPdf.text).toContain("Tidak ada butir agenda terbit yang sesuai.");
  });
});
