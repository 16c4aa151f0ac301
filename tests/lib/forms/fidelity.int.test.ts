// What a careful official types reaches the database as typed, or is refused with the whole text kept;
// dates a person reads are the calendar days of the city's own zone. Through the real server actions
// and exporters, on both databases.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { readXlsx } from "../../support/documents";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { type DelegateActor, type TestActor } from "../../support/actors";

/** A board member, as the policy sees them: exports follow what the board may see. */
const BOARD = { id: "board-reader", role: "BOARD" as const, cityId: null };

const idle = { status: "idle" as const, errors: {}, values: {} };
const bytes = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe(`input fidelity and dates in exports (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let metro: DelegateActor;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const m = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } });
    metro = { id: m.id, role: m.role, cityId: m.cityId! };
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("refuses a milestone on 31 February and stores nothing, keeping every line typed", async () => {
    await signInAs(chair.id);
    const { createAgendaItemAction } = await import("@/lib/agenda/actions");
    const before = await t.db.agendaItem.count();
    const milestones = "2027-01-31: Rancangan Perwal disusun\n2027-02-31: Perwal ULD terbit";
    const result = await outcome(() => createAgendaItemAction(idle, form({ title: "ULD di setiap kota anggota", description: "Setiap kota membentuk ULD Ketenagakerjaan.", level: "NATIONAL", owner: "POKJA", milestones })));
    expect(result.value).toMatchObject({ status: "error", errors: { milestones: expect.stringContaining("tidak ada di kalender") }, values: { milestones } });
    expect(await t.db.agendaItem.count()).toBe(before);
  });

  it("keeps the whole of an over-long decision comment for editing and stores nothing", async () => {
    await signInAs(chair.id);
    const proposal = await t.db.proposal.findFirstOrThrow({ where: { status: "SUBMITTED" } });
    const { decideAction } = await import("@/lib/review/actions");
    const comment = "Mohon lengkapi data pendukung. ".repeat(81).trim();
    expect(comment.length).toBeGreaterThan(2000);
    const result = await outcome(() => decideAction(proposal.id, "", idle, form({ decision: "REQUEST_REVISION", comment, version: String(proposal.version) })));
    expect(result.value).toMatchObject({ status: "error", errors: { comment: expect.stringContaining("2.000") }, values: { comment } });
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe("SUBMITTED");
  });

  it("stores a title the way it reads: no NUL, no right-to-left override, and no title of invisible characters", async () => {
    await signInAs(metro.id);
    const { saveProposalAction } = await import("@/lib/proposals/actions");
    const saved = await outcome(() => saveProposalAction(null, idle, form({ intent: "save", version: "0", title: "Layanan\u0000 ULD \u202eKota Metro 🧑‍🦽👩🏽‍💻", problem: "Baris satu\r\nBaris dua" })));
    const id = saved.redirect!.match(/proposals\/([^?]+)/)![1];
    const stored = await t.db.proposal.findUniqueOrThrow({ where: { id } });
    expect(stored.title).toBe("Layanan ULD Kota Metro 🧑‍🦽👩🏽‍💻");
    expect(stored.problem).toBe("Baris satu\nBaris dua");
    const count = await t.db.proposal.count();
    const blank = await outcome(() => saveProposalAction(null, idle, form({ intent: "save", version: "0", title: "\u200b\u200b\u200b\u2060\ufeff" })));
    expect(blank.value).toMatchObject({ status: "error", errors: { title: expect.any(String) } });
    expect(await t.db.proposal.count()).toBe(count);
  });

  it("publishes an item only with a source, and never takes the last source from a published item", async () => {
    const { createAgendaItem, setPublished, splitSource } = await import("@/lib/agenda/commands.server");
    const { agendaItemSchema } = await import("@/lib/agenda/schemas");
    const { draftItem } = await import("../../support/agenda");
    const input = agendaItemSchema.parse({ title: "Bursa kerja inklusif nasional", description: "Bursa kerja tahunan bersama asosiasi pengusaha.", level: "NATIONAL", owner: "APEKSI", indicators: "", milestones: "" });
    const empty = await createAgendaItem(t.db, chair, input);
    await expect(setPublished(t.db, chair, empty.id, empty.version, true)).rejects.toMatchObject({ code: "publishWithoutSources" });
    expect((await t.db.agendaItem.findUniqueOrThrow({ where: { id: empty.id } })).status).toBe("DRAFT");

    const item = await draftItem(t.db, chair, { ...input, title: "Bursa kerja inklusif di kota anggota" });
    const source = await t.db.agendaSource.findFirstOrThrow({ where: { agendaItemId: item.id } });
    await setPublished(t.db, chair, item.id, item.version, true);
    await expect(splitSource(t.db, chair, item.id, source.proposalId)).rejects.toMatchObject({ code: "lastSourceOfPublished" });
    expect(await t.db.agendaSource.count({ where: { agendaItemId: item.id } })).toBe(1);

    // On a draft the split goes through and the chair is told the item has no source left.
    await signInAs(chair.id);
    const draft = await draftItem(t.db, chair, { ...input, title: "Bursa kerja inklusif regional" });
    const own = await t.db.agendaSource.findFirstOrThrow({ where: { agendaItemId: draft.id } });
    const { splitSourceAction } = await import("@/lib/agenda/actions");
    expect((await outcome(() => splitSourceAction({ itemId: draft.id, proposalId: own.proposalId }, idle, form({})))).redirect).toBe(`/agenda/manage/${draft.id}?saved=splitLast`);
  });

  it("writes each submission date as the calendar day of the proposing city's zone, around midnight", async () => {
    // 06:30 WIB on 29 November 2026 is 23:30 UTC on the 28th; the same instant is 07:30 WITA and 08:30 WIT.
    const instant = new Date("2026-11-28T23:30:00Z");
    const justBefore = new Date("2026-11-28T16:59:00Z"); // 23:59 WIB on the 28th, 00:59 WITA on the 29th
    const cases = [
      { slug: "bandung", at: instant, day: "2026-11-29", iso: "2026-11-29T06:30:00+07:00" },
      { slug: "makassar", at: instant, day: "2026-11-29", iso: "2026-11-29T07:30:00+08:00" },
      { slug: "ambon", at: instant, day: "2026-11-29", iso: "2026-11-29T08:30:00+09:00" },
      { slug: "surakarta", at: justBefore, day: "2026-11-28", iso: "2026-11-28T23:59:00+07:00" },
      { slug: "kupang", at: justBefore, day: "2026-11-29", iso: "2026-11-29T00:59:00+08:00" },
    ];
    for (const c of cases) {
      const city = await t.db.city.findUniqueOrThrow({ where: { slug: c.slug } });
      // A control character stored before text was cleaned (SQLite takes a NUL; PostgreSQL refuses it).
      const control = provider === "sqlite" ? "\u0000" : "\u0007";
      await t.db.proposal.create({ data: { cityId: city.id, title: `Uji tengah malam ${c.slug}${control}`, status: "SUBMITTED", submittedAt: c.at } });
    }
    const { boardDownload } = await import("@/lib/reports/downloads.server");
    const csv = new TextDecoder().decode(await bytes((await boardDownload(t.db, BOARD, "id", "csv", "proposals", {})).body!));
    expect(csv).not.toMatch(/[\u0000\u0007]/);
    const json = JSON.parse(new TextDecoder().decode(await bytes((await boardDownload(t.db, BOARD, "en", "json", undefined, {})).body!)));
    const rows = json.tables.find((x: { key: string }) => x.key === "proposals").rows as { title: string; submittedAt: string }[];
    const sheets = await readXlsx(await bytes((await boardDownload(t.db, BOARD, "id", "xlsx", undefined, {})).body!));
    const list = sheets.find((s) => s.name === "Usulan terkirim")!;
    for (const c of cases) {
      const title = `Uji tengah malam ${c.slug}`;
      const line = csv.split("\r\n").find((l) => l.startsWith(`${title},`))!;
      expect(line, c.slug).toContain(`,${c.day},`);
      expect(rows.find((r) => r.title === title)?.submittedAt, c.slug).toBe(c.iso);
      const row = list.rows.find((r) => r[0] === title)!;
      expect((row.find((v) => v instanceof Date) as Date).toISOString().slice(0, 10), c.slug).toBe(c.day);
    }
  });

  it("offers a CSV that Indonesian spreadsheets open as columns: semicolons and decimal commas", async () => {
    const { boardDownload } = await import("@/lib/reports/downloads.server");
    const response = await boardDownload(t.db, BOARD, "id", "csv-id", "scope", {});
    expect(response.headers.get("content-disposition")).toMatch(/laporan-dewan-scope-\d{4}-\d{2}-\d{2}-titik-koma\.csv/);
    const lines = new TextDecoder().decode(await bytes(response.body!)).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Lingkup;Usulan;Persentase");
    for (const line of lines.slice(1)) expect(line).toMatch(/^[^;]+;\d+;\d+(,\d)?$/);
    expect(lines.slice(1).some((l) => /,\d$/.test(l))).toBe(true);
  });
});
