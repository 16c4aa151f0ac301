// Verified-only figures (issue 17, point 5): with `verified=1` the board report, its exports, the public
// agenda and the city page count each commitment by its latest verified report (none: not started),
// and every implementation table carries how many commitments have their latest report verified. The
// commitments' verified columns are set directly here: the commands that keep them are tested apart.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextIntlServerMock } from "../../support/request";

vi.mock("next-intl/server", () => nextIntlServerMock());

import { ScorecardHistory } from "@/components/commitments/ScorecardHistory";
import { publicAgendaFilterSchema, publishedAgenda, publishedItemPage } from "@/lib/agenda/public.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { cityPage } from "@/lib/cities/queries.server";
import { cityPageFilterSchema } from "@/lib/cities/schemas";
import { implementation, scorecardHistory } from "@/lib/commitments/queries.server";
import type { Db } from "@/lib/db.server";
import { PROGRESS_STATUSES, REGIONS, type ProgressStatus } from "@/lib/domain/enums";
import { agendaDownload, boardDownload } from "@/lib/reports/downloads.server";
import { reportFilterSchema, type ReportFilter } from "@/lib/reports/schemas";
import { publishedItem } from "../../support/agenda";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { bytes, pdfText, readXlsx } from "../../support/documents";

const BOARD = { id: "board-reader", role: "BOARD" as const, cityId: null };
const KEYS = { NOT_STARTED: "notStarted", PLANNED: "planned", IN_PROGRESS: "inProgress", DONE: "done" } as const;

/**
 * The same counts one Prisma count at a time: by `status`, or with verified figures by `verifiedStatus`
 * (null counting as not started); `verified` counts `currentVerified` either way.
 */
async function independent(db: Db, verifiedOnly: boolean, where: object) {
  const base = { notApplicable: false, agendaItem: { status: "PUBLISHED" as const }, ...where };
  const stage = (s: ProgressStatus) => (!verifiedOnly ? { status: s } : s === "NOT_STARTED" ? { OR: [{ verifiedStatus: null }, { verifiedStatus: s }] } : { verifiedStatus: s });
  const out: Record<string, number> = { commitments: await db.commitment.count({ where: base }), verified: await db.commitment.count({ where: { ...base, currentVerified: true } }) };
  for (const s of PROGRESS_STATUSES) out[KEYS[s]] = await db.commitment.count({ where: { ...base, ...stage(s) } });
  return out;
}

describe(`verified-only figures (${provider})`, () => {
  let t: TestDb;
  let everyCity: string;
  let national: string;
  let members: number;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url; // cityPage and publishedItemPage read through the app's own client
    (await import("@/lib/db.server")).resetDbForTests();
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const base = agendaItemSchema.parse({ title: "ULD Ketenagakerjaan di setiap kota", description: "Setiap kota anggota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" });
    everyCity = (await publishedItem(t.db, chair, base)).id;
    national = (await publishedItem(t.db, chair, { ...base, title: "Kampanye nasional kuota 2%", level: "NATIONAL", owner: "APEKSI" })).id;
    members = await t.db.city.count({ where: { membershipStatus: "MEMBER" } });
    const city = async (slug: string) => (await t.db.city.findUniqueOrThrow({ where: { slug } })).id;
    const set = async (slug: string, data: object, agendaItemId = everyCity) =>
      t.db.commitment.update({ where: { agendaItemId_cityId: { agendaItemId, cityId: await city(slug) } }, data });
    const on = new Date("2026-11-20T00:00:00Z");
    // Latest report verified and done.
    await set("bandung", { status: "DONE", percent: 100, verifiedStatus: "DONE", verifiedPercent: 100, verifiedOn: on, currentVerified: true });
    // Latest report (done) not verified yet; an earlier one (in progress) is.
    await set("surakarta", { status: "DONE", percent: 100, verifiedStatus: "IN_PROGRESS", verifiedPercent: 50, verifiedOn: on, currentVerified: false });
    // Reported, never verified: not started with verified figures only.
    await set("kupang", { status: "IN_PROGRESS", percent: 30 });
    await set("makassar", { status: "PLANNED", percent: 10, verifiedStatus: "PLANNED", verifiedPercent: 10, verifiedOn: on, currentVerified: true });
    await set("denpasar", { verifiedStatus: "NOT_STARTED", verifiedPercent: 0, verifiedOn: on, currentVerified: true });
    // Not applicable: counted nowhere, whatever its reports.
    await set("metro", { notApplicable: true, status: "DONE", percent: 100, verifiedStatus: "DONE", verifiedPercent: 100, verifiedOn: on, currentVerified: true });
    // Kupang also took the national item on, and its verified report is its latest.
    await t.db.commitment.create({ data: { agendaItemId: national, cityId: await city("kupang"), kind: "VOLUNTARY", status: "DONE", percent: 100, verifiedStatus: "DONE", verifiedPercent: 100, verifiedOn: on, currentVerified: true } });
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("turns on for verified=1 only; any other value is off", () => {
    expect(reportFilterSchema.parse({ verified: "1" }).verified).toBe(true);
    expect(publicAgendaFilterSchema.parse({ verified: "1" }).verified).toBe(true);
    expect(cityPageFilterSchema.parse({ verified: "1" }).verified).toBe(true);
    for (const value of [undefined, "", "0", "true", "on", "yes", " 1", ["1"], 1]) {
      expect(reportFilterSchema.parse({ verified: value }).verified, String(value)).toBeUndefined();
      expect(publicAgendaFilterSchema.parse({ verified: value }).verified, String(value)).toBeUndefined();
      expect(cityPageFilterSchema.parse({ verified: value }).verified, String(value)).toBeUndefined();
    }
  });

  it("counts each commitment by its verified status with the filter, by its status without, and carries the verified count", async () => {
    const all = await implementation(t.db, {});
    const verified = await implementation(t.db, { verified: true });
    expect([all.verifiedOnly, verified.verifiedOnly]).toEqual([false, true]);
    const row = (r: typeof all, id: string) => {
      const { agendaItemId: _id, title: _title, ...counts } = r.byItem.find((i) => i.agendaItemId === id)!;
      return counts;
    };
    // Members less Metro (not applicable). Bandung and Surakarta are done by their latest reports; by
    // verified ones only Bandung, Surakarta is in progress and Kupang (never verified) not started.
    expect(row(all, everyCity)).toEqual({ done: 2, inProgress: 1, planned: 1, notStarted: members - 5, commitments: members - 1, verified: 3 });
    expect(row(verified, everyCity)).toEqual({ done: 1, inProgress: 1, planned: 1, notStarted: members - 4, commitments: members - 1, verified: 3 });
    expect(row(all, national)).toEqual({ done: 1, inProgress: 0, planned: 0, notStarted: 0, commitments: 1, verified: 1 });
    expect(row(verified, national)).toEqual(row(all, national));

    const city = (r: typeof all, slug: string) => {
      const { name: _name, slug: _slug, region: _region, ...counts } = r.byCity.find((c) => c.slug === slug)!;
      return counts;
    };
    expect(city(all, "surakarta")).toEqual({ done: 1, inProgress: 0, planned: 0, notStarted: 0, commitments: 1, verified: 0 });
    expect(city(verified, "surakarta")).toEqual({ done: 0, inProgress: 1, planned: 0, notStarted: 0, commitments: 1, verified: 0 });
    expect(city(all, "kupang")).toEqual({ done: 1, inProgress: 1, planned: 0, notStarted: 0, commitments: 2, verified: 1 });
    expect(city(verified, "kupang")).toEqual({ done: 1, inProgress: 0, planned: 0, notStarted: 1, commitments: 2, verified: 1 });
    expect(all.byCity.find((c) => c.slug === "metro")).toBeUndefined();
    // Sorted by the share done that is shown: Surakarta is among the leaders only by its unverified report.
    expect(all.byCity.findIndex((c) => c.slug === "surakarta")).toBeLessThan(2);
    expect(verified.byCity.findIndex((c) => c.slug === "surakarta")).toBeGreaterThan(1);
  });

  it("rolls up by item, city and region exactly as independent counts do, in both modes and with a region filter", async () => {
    for (const f of [{}, { verified: true }, { region: "JAWA" as const }, { region: "BALI_NUSA_TENGGARA" as const, verified: true }] satisfies ReportFilter[]) {
      const r = await implementation(t.db, f);
      const region = f.region ? { city: { region: f.region } } : {};
      for (const item of [everyCity, national]) {
        const { agendaItemId: _id, title: _title, ...counts } = r.byItem.find((i) => i.agendaItemId === item) ?? { agendaItemId: "", title: "" };
        const expected = await independent(t.db, f.verified === true, { agendaItemId: item, ...region });
        expect(expected.commitments ? counts : {}, JSON.stringify(f)).toEqual(expected.commitments ? expected : {});
      }
      for (const c of r.byCity) {
        const { name: _name, slug, region: _region, ...counts } = c;
        expect(counts, `${slug} ${JSON.stringify(f)}`).toEqual(await independent(t.db, f.verified === true, { city: { slug } }));
      }
      for (const reg of REGIONS) {
        const expected = f.region && f.region !== reg ? { commitments: 0 } : await independent(t.db, f.verified === true, { city: { region: reg } });
        const { region: _region, ...counts } = r.byRegion.find((x) => x.region === reg) ?? { region: reg };
        expect(expected.commitments ? counts : {}, `${reg} ${JSON.stringify(f)}`).toEqual(expected.commitments ? expected : {});
      }
    }
  });

  it("shows the public agenda's per-item progress by verified reports with the filter, with the verified count", async () => {
    const progress = async (raw: Record<string, string>) =>
      Object.fromEntries((await publishedAgenda(t.db, publicAgendaFilterSchema.parse(raw))).items.map((i) => [i.id, i.progress]));
    expect((await progress({}))[everyCity]).toEqual({ done: 2, inProgress: 1, planned: 1, notStarted: members - 5, commitments: members - 1, verified: 3 });
    expect((await progress({ verified: "1" }))[everyCity]).toEqual({ done: 1, inProgress: 1, planned: 1, notStarted: members - 4, commitments: members - 1, verified: 3 });
    expect((await progress({ verified: "yes" }))[everyCity]?.done).toBe(2);
    expect((await publishedItemPage(everyCity))?.progress).toMatchObject({ done: 2, verified: 3 });
  });

  it("counts a city page's commitments by verified reports with the filter", async () => {
    const counts = async (slug: string, verified?: boolean) => (await cityPage(slug, { verified }))!.commitments;
    const zero = { NOT_STARTED: 0, PLANNED: 0, IN_PROGRESS: 0, DONE: 0 };
    expect(await counts("surakarta")).toEqual({ byStatus: { ...zero, DONE: 1 }, total: 1, notApplicable: 0, verified: 0, verifiedOnly: false });
    expect(await counts("surakarta", true)).toEqual({ byStatus: { ...zero, IN_PROGRESS: 1 }, total: 1, notApplicable: 0, verified: 0, verifiedOnly: true });
    expect(await counts("kupang")).toEqual({ byStatus: { ...zero, IN_PROGRESS: 1, DONE: 1 }, total: 2, notApplicable: 0, verified: 1, verifiedOnly: false });
    expect(await counts("kupang", true)).toEqual({ byStatus: { ...zero, NOT_STARTED: 1, DONE: 1 }, total: 2, notApplicable: 0, verified: 1, verifiedOnly: true });
    expect(await counts("metro", true)).toEqual({ byStatus: zero, total: 0, notApplicable: 1, verified: 0, verifiedOnly: true });
  });

  it("exports the board report with the mode in the filters, the file name and the JSON codes, and the verified column", async () => {
    const json = async (params: Record<string, string>) => JSON.parse(new TextDecoder().decode(await bytes((await boardDownload(t.db, BOARD, "en", "json", undefined, params)).body!)));
    const on = await json({ verified: "1" });
    const off = await json({ verified: "0" });
    expect(on.filters).toEqual({ forum: null, theme: null, region: null, verified: true, budgetYear: null });
    expect(off.filters).toEqual({ forum: null, theme: null, region: null, verified: false, budgetYear: null });
    const table = (data: typeof on, key: string) => data.tables.find((x: { key: string }) => x.key === key);
    expect(table(on, "implementationItem").columns.map((c: { key: string }) => c.key)).toEqual(["item", "done", "inProgress", "planned", "notStarted", "commitments", "verified", "share"]);
    expect(table(on, "implementationCity").columns.map((c: { key: string }) => c.key)).toEqual(["city", "region", "done", "inProgress", "planned", "notStarted", "commitments", "verified", "share"]);
    expect(table(on, "implementationRegion").columns.map((c: { key: string; header: string }) => [c.key, c.header]).at(-2)).toEqual(["verified", "Verified"]);
    const title = (await t.db.agendaItem.findUniqueOrThrow({ where: { id: everyCity } })).title;
    const itemRow = (data: typeof on) => table(data, "implementationItem").rows.find((r: { item: string }) => r.item === title);
    expect(itemRow(off)).toEqual({ item: title, done: 2, inProgress: 1, planned: 1, notStarted: members - 5, commitments: members - 1, verified: 3, share: Math.round((2 / (members - 1)) * 1000) / 10 });
    expect(itemRow(on)).toEqual({ item: title, done: 1, inProgress: 1, planned: 1, notStarted: members - 4, commitments: members - 1, verified: 3, share: Math.round((1 / (members - 1)) * 1000) / 10 });
    expect(table(on, "implementationItem").summary).toMatch(/^By verified reports only, \d+ of \d+ commitments are done .* The secretariat has verified the latest report of 4 of them\.$/);
    expect(table(off, "implementationItem").summary).toMatch(/The secretariat has verified the latest report of 4 of them\.$/);

    const csv = await boardDownload(t.db, BOARD, "id", "csv", "implementationCity", { verified: "1", region: "JAWA" });
    expect(csv.headers.get("content-disposition")).toMatch(/filename="laporan-dewan-terverifikasi-implementationcity-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = new TextDecoder().decode((await bytes(csv.body!)).slice(3)).split("\r\n");
    expect(lines[0]).toBe("Kota,Wilayah,Selesai,Sedang berjalan,Direncanakan,Belum dimulai,Komitmen,Terverifikasi,Selesai (%)");
    expect(lines).toContain("Bandung,Jawa,1,0,0,0,1,1,100");
    expect(lines).toContain("Surakarta,Jawa,0,1,0,0,1,0,0");
    const plain = await boardDownload(t.db, BOARD, "id", "csv-id", "implementationCity", { region: "JAWA" });
    expect(plain.headers.get("content-disposition")).toMatch(/filename="laporan-dewan-implementationcity-\d{4}-\d{2}-\d{2}-titik-koma\.csv"/);
    expect(new TextDecoder().decode(await bytes(plain.body!))).toContain("Surakarta;Jawa;1;0;0;0;1;0;100");

    const sheets = await readXlsx(await bytes((await boardDownload(t.db, BOARD, "id", "xlsx", undefined, { verified: "1" })).body!));
    const byRegion = sheets.find((s) => s.name === "Pelaksanaan per wilayah")!;
    expect(byRegion.rows[0]).toEqual(["Wilayah", "Selesai", "Sedang berjalan", "Direncanakan", "Belum dimulai", "Komitmen", "Terverifikasi", "Selesai (%)"]);
    const bnt = await independent(t.db, true, { city: { region: "BALI_NUSA_TENGGARA" } });
    expect(byRegion.rows.find((r) => r[0] === "Bali–Nusa Tenggara")?.slice(1, 7)).toEqual([bnt.done, bnt.inProgress, bnt.planned, bnt.notStarted, bnt.commitments, bnt.verified]);

    const pdf = await pdfText(await bytes((await boardDownload(t.db, BOARD, "id", "pdf", undefined, { verified: "1" })).body!));
    expect(pdf.text).toContain("Saringan: Forum: Semua · Tema: Semua · Wilayah: Semua · Angka pelaksanaan: Hanya yang terverifikasi");
    expect(pdf.text).toContain("Menurut laporan yang sudah diverifikasi");
    const pdfAll = await pdfText(await bytes((await boardDownload(t.db, BOARD, "en", "pdf", undefined, {})).body!));
    expect(pdfAll.text).toContain("Implementation figures: All reports");
  });

  it("exports the public agenda with each item's progress, in the mode asked for", async () => {
    const json = async (params: Record<string, string>) => JSON.parse(new TextDecoder().decode(await bytes((await agendaDownload(t.db, "en", "json", params)).body!)));
    const on = await json({ verified: "1" });
    expect(on.filters).toEqual({ forum: null, theme: null, region: null, level: null, verified: true });
    expect((await json({})).filters.verified).toBe(false);
    const columns = on.tables[0].columns.map((c: { key: string }) => c.key);
    expect(columns).toEqual(["priority", "title", "level", "theme", "cities", "members", "cityNames", "regions", "sources", "publishedAt", "done", "inProgress", "planned", "notStarted", "commitments", "verified"]);
    const row = (data: typeof on) => data.tables[0].rows.find((r: { title: string }) => r.title === "ULD Ketenagakerjaan di setiap kota");
    expect(row(on)).toMatchObject({ done: 1, inProgress: 1, planned: 1, notStarted: members - 4, commitments: members - 1, verified: 3 });
    expect(row(await json({}))).toMatchObject({ done: 2, inProgress: 1, planned: 1, notStarted: members - 5, commitments: members - 1, verified: 3 });
    const csv = await agendaDownload(t.db, "id", "csv", { verified: "1" });
    expect(csv.headers.get("content-disposition")).toMatch(/filename="agenda-nasional-terverifikasi-agenda-\d{4}-\d{2}-\d{2}\.csv"/);
    const header = new TextDecoder().decode((await bytes(csv.body!)).slice(3)).split("\r\n")[0];
    expect(header.endsWith(",Selesai,Sedang berjalan,Direncanakan,Belum dimulai,Komitmen,Terverifikasi")).toBe(true);
    const pdf = await pdfText(await bytes((await agendaDownload(t.db, "id", "pdf", { verified: "1", level: "NATIONAL" })).body!));
    expect(pdf.text).toContain("Wilayah: Semua · Tingkat: Agenda nasional Apeksi · Angka pelaksanaan: Hanya yang terverifikasi");
  });

  it("says per scorecard figure whether it is verified, needs clarification or is not verified yet, in words", async () => {
    const bandung = await t.db.city.findUniqueOrThrow({ where: { slug: "bandung" } });
    const secretariat = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
    const figure = (asOf: string, employed: number, extra: object) => t.db.scorecardEntry.create({
      data: { cityId: bandung.id, indicator: "GOVERNMENT_EMPLOYMENT", asOf: new Date(`${asOf}T00:00:00Z`), source: `BKPSDM ${asOf}`, employedWithDisability: employed, totalStaff: 12000, ...extra },
    });
    // Verified late on 28 November UTC: already 29 November in Bandung (WIB).
    await figure("2026-06-30", 180, { verification: "VERIFIED", verifiedAt: new Date("2026-11-28T20:00:00Z"), verifiedById: secretariat.id, verificationNote: "Sesuai SK BKPSDM." });
    await figure("2026-09-30", 190, { verification: "NEEDS_CLARIFICATION", verifiedAt: new Date("2026-11-28T03:00:00Z"), verifiedById: secretariat.id, verificationNote: "Lampirkan data BKPSDM." });
    await figure("2026-10-31", 200, {});
    const history = await scorecardHistory(t.db, bandung.id);
    expect(history.map((e) => [e.employedWithDisability, e.verification, e.verifiedAt?.toISOString() ?? null])).toEqual([
      [200, "UNVERIFIED", null], [190, "NEEDS_CLARIFICATION", "2026-11-28T03:00:00.000Z"], [180, "VERIFIED", "2026-11-28T20:00:00.000Z"],
    ]);
    // Who verified and their note are the secretariat's working data, not the public page's.
    expect(Object.keys(history[0])).not.toContain("verificationNote");
    expect(Object.keys(history[0])).not.toContain("verifiedById");

    const html = renderToStaticMarkup(await ScorecardHistory({ entries: history, zone: bandung.timeZone }));
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => m[1].replace(/<[^>]+>/g, "|"));
    expect(html).toContain(">Verifikasi<");
    expect(rows.find((r) => r.includes("BKPSDM 2026-06-30"))).toContain("Terverifikasi pada 29 November 2026");
    expect(rows.find((r) => r.includes("BKPSDM 2026-09-30"))).toContain("Perlu klarifikasi");
    expect(rows.find((r) => r.includes("BKPSDM 2026-10-31"))).toContain("Belum diverifikasi");
  });
});
