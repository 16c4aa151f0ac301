import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeProposals, setPublished, updateAgendaItem } from "@/lib/agenda/commands.server";
import { publicAgendaFilterSchema, publishedAgenda, publishedItem } from "@/lib/agenda/public.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";

describe(`public national agenda (${provider})`, () => {
  let t: TestDb;
  let published: string;
  let draft: string;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const ids = Object.fromEntries((await t.db.proposal.findMany({ select: { id: true, city: { select: { slug: true } } } })).map((p) => [p.city.slug, p.id]));
    const base = agendaItemSchema.parse({ title: "ULD di setiap kota", description: "Setiap kota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" });
    const a = await mergeProposals(t.db, chair, [ids.bandung, ids.kupang], { newItem: base });
    const b = await mergeProposals(t.db, chair, [ids.makassar], { newItem: { ...base, title: "Pelatihan digital" } });
    await setPublished(t.db, chair, a.item.id, (await t.db.agendaItem.findUniqueOrThrow({ where: { id: a.item.id } })).version, true);
    published = a.item.id;
    draft = b.item.id;
  });
  afterAll(() => t.drop());

  it("lists only published items, with their distinct cities and regions", async () => {
    const { items, members } = await publishedAgenda(t.db, publicAgendaFilterSchema.parse({}));
    expect(members).toBe(28);
    expect(items.map((i) => i.id)).toEqual([published]);
    expect(items[0].cities.map((c) => c.name)).toEqual(["Bandung", "Kupang"]);
    expect(items[0].regions.sort()).toEqual(["BALI_NUSA_TENGGARA", "JAWA"]);
    expect(await publishedItem(t.db, draft)).toBeNull();
  });

  it("carries an item's optional English title and description to the public agenda, and clears them when emptied", async () => {
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const item = await t.db.agendaItem.findUniqueOrThrow({ where: { id: published }, include: { milestones: true } });
    const input = (en: Record<string, string>) => agendaItemSchema.parse({ title: item.title, description: item.description, level: item.level, owner: item.owner, indicators: "", milestones: "", ...en });
    await updateAgendaItem(t.db, chair, published, item.version, input({ titleEn: "  A disability service unit in every city ", descriptionEn: "Every city sets up a unit." }));
    const [listed] = (await publishedAgenda(t.db, publicAgendaFilterSchema.parse({}))).items;
    expect(listed).toMatchObject({ title: "ULD di setiap kota", titleEn: "A disability service unit in every city", descriptionEn: "Every city sets up a unit." });
    expect(await publishedItem(t.db, published)).toMatchObject({ titleEn: "A disability service unit in every city", descriptionEn: "Every city sets up a unit." });
    // Its versions remember the English text too.
    const last = await t.db.agendaItemVersion.findFirstOrThrow({ where: { agendaItemId: published }, orderBy: { version: "desc" } });
    expect(JSON.parse(last.snapshot)).toMatchObject({ titleEn: "A disability service unit in every city" });
    await updateAgendaItem(t.db, chair, published, item.version + 1, input({ titleEn: "", descriptionEn: "   " }));
    expect(await publishedItem(t.db, published)).toMatchObject({ titleEn: null, descriptionEn: null });
    expect(agendaItemSchema.safeParse({ title: item.title, description: item.description, level: item.level, owner: item.owner, titleEn: "x".repeat(301) }).error?.issues[0].message).toBe("titleTooLong");
  });

  it("filters by region and level, ignoring unknown values", async () => {
    expect((await publishedAgenda(t.db, publicAgendaFilterSchema.parse({ region: "JAWA" }))).items).toHaveLength(1);
    expect((await publishedAgenda(t.db, publicAgendaFilterSchema.parse({ region: "SULAWESI" }))).items).toHaveLength(0);
    expect((await publishedAgenda(t.db, publicAgendaFilterSchema.parse({ level: "NATIONAL" }))).items).toHaveLength(0);
    expect((await publishedAgenda(t.db, publicAgendaFilterSchema.parse({ region: "ATLANTIS", level: "<x>" }))).items).toHaveLength(1);
  });
});

describe(`public national agenda pages (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const proposals = await t.db.proposal.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const base = agendaItemSchema.parse({ title: "Butir", description: "Uraian butir agenda.", level: "NATIONAL", owner: "POKJA", indicators: "", milestones: "" });
    for (const [i, p] of proposals.slice(0, 3).entries()) {
      const { item } = await mergeProposals(t.db, chair, [p.id], { newItem: { ...base, title: `Butir ${i + 1}` } });
      // The middle one stays a draft: ranks count published items only.
      if (i !== 1) await setPublished(t.db, chair, item.id, (await t.db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).version, true);
    }
  });
  afterAll(() => t.drop());

  it("pages through published items with their rank among published items", async () => {
    const first = await publishedAgenda(t.db, publicAgendaFilterSchema.parse({}), 1);
    expect([first.total, first.pages, first.page]).toEqual([2, 2, 1]);
    expect(first.items.map((i) => [i.title, i.rank])).toEqual([["Butir 1", 1]]);
    expect(first.items[0].publishedAt).toBeInstanceOf(Date);
    expect(Number.isNaN(first.items[0].publishedAt!.getTime())).toBe(false);
    const second = await publishedAgenda(t.db, publicAgendaFilterSchema.parse({ page: "2" }), 1);
    expect(second.items.map((i) => [i.title, i.rank, i.sourceCount])).toEqual([["Butir 3", 2, 1]]);
    // A page past the end shows the last page rather than nothing.
    expect((await publishedAgenda(t.db, publicAgendaFilterSchema.parse({ page: "99" }), 1)).items[0].title).toBe("Butir 3");
    expect(publicAgendaFilterSchema.parse({ page: "-3", view: "sideways" })).toMatchObject({ page: 1, view: "priority" });
  });
});
