import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeProposals, reorderAgenda, setPublished, splitSource, undoMerge } from "@/lib/agenda/commands.server";
import { agendaListKey } from "@/lib/agenda/queries.server";
import { backingCounts, suggestedClusters } from "@/lib/agenda/queries.server";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { DomainError } from "@/lib/errors";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { type TestActor } from "../../support/actors";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

/** Backing cities counted independently of backingCounts: from the proposals' own rows. */
async function citiesOf(t: TestDb, itemId: string) {
  const sources = await t.db.agendaSource.findMany({ where: { agendaItemId: itemId }, select: { proposal: { select: { cityId: true } } } });
  return new Set(sources.map((s) => s.proposal.cityId)).size;
}

describe(`merge, split and undo keep provenance exact (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let ids: Record<string, string>;
  const newItem = agendaItemSchema.parse({ title: "ULD Ketenagakerjaan di setiap kota", description: "Setiap kota anggota membentuk ULD ketenagakerjaan.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "2027-06-30: Perwal ULD terbit" });

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const rows = await t.db.proposal.findMany({ select: { id: true, city: { select: { slug: true } } } });
    ids = Object.fromEntries(rows.map((r) => [r.city.slug, r.id]));
  });
  afterAll(() => t.drop());

  it("merges three proposals from three cities into a new item: 3 cities, each proposal marked merged", async () => {
    const { item, mergeId } = await mergeProposals(t.db, chair, [ids.bandung, ids.surakarta, ids.makassar], { newItem });
    expect((await backingCounts(t.db)).get(item.id)).toEqual({ sources: 3, cities: 3, regions: 2 });
    expect(await citiesOf(t, item.id)).toBe(3);
    expect(await t.db.proposal.count({ where: { id: { in: [ids.bandung, ids.surakarta, ids.makassar] }, status: "MERGED" } })).toBe(3);
    expect(await t.db.agendaSource.count({ where: { mergeId } })).toBe(3);
    expect(await t.db.notification.count({ where: { kind: "proposal.merged" } })).toBeGreaterThan(0);
    expect((await t.db.agendaMilestone.findFirstOrThrow({ where: { agendaItemId: item.id } })).title).toBe("Perwal ULD terbit");
  });

  it("refuses merging a proposal twice, and leaves everything as it was", async () => {
    const item = await t.db.agendaItem.findFirstOrThrow();
    const sources = await t.db.agendaSource.count();
    expect(await refusal(mergeProposals(t.db, chair, [ids.denpasar, ids.bandung], { agendaItemId: item.id }))).toBe("alreadyMerged");
    expect(await t.db.agendaSource.count()).toBe(sources);
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: ids.denpasar } })).status).toBe("SUBMITTED");
  });

  it("refuses merging into an item of another forum", async () => {
    const malang = await t.db.forum.findUniqueOrThrow({ where: { slug: "forum-konsolidasi-malang-2023" } });
    const other = await t.db.agendaItem.create({ data: { title: "Butir forum Malang", description: "Dari forum Malang.", level: "NATIONAL", priority: 99, forumId: malang.id } });
    expect(await refusal(mergeProposals(t.db, chair, [ids.denpasar], { agendaItemId: other.id }))).toBe("otherForum");
    await t.db.agendaItem.delete({ where: { id: other.id } });
  });

  it("splits one source out: 2 cities left, and the proposal is back to its previous status", async () => {
    const item = await t.db.agendaItem.findFirstOrThrow({ where: { title: newItem.title } });
    await splitSource(t.db, chair, item.id, ids.makassar);
    expect((await backingCounts(t.db)).get(item.id)).toEqual({ sources: 2, cities: 2, regions: 1 });
    expect(await citiesOf(t, item.id)).toBe(2);
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: ids.makassar } })).status).toBe("SUBMITTED");
    expect(await t.db.proposalEvent.count({ where: { proposalId: ids.makassar, type: "UNMERGED" } })).toBe(1);
  });

  it("adds to an existing item and undoes exactly that merge", async () => {
    const item = await t.db.agendaItem.findFirstOrThrow({ where: { title: newItem.title } });
    const { mergeId } = await mergeProposals(t.db, chair, [ids.denpasar, ids.pontianak], { agendaItemId: item.id });
    expect((await backingCounts(t.db)).get(item.id)?.cities).toBe(4);
    await undoMerge(t.db, chair, mergeId);
    expect((await backingCounts(t.db)).get(item.id)).toEqual({ sources: 2, cities: 2, regions: 1 });
    expect(await t.db.proposal.count({ where: { id: { in: [ids.denpasar, ids.pontianak] }, status: "SUBMITTED" } })).toBe(2);
    expect(await refusal(undoMerge(t.db, chair, mergeId))).toBe("mergeNotFound");
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: item.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["agenda.merge", "agenda.split", "agenda.merge", "agenda.undoMerge"]);
  });

  it("undoing the merge that created an unpublished item removes the emptied item", async () => {
    const { item, mergeId } = await mergeProposals(t.db, chair, [ids.makassar], { newItem: { ...newItem, title: "Pelatihan digital" } });
    const r = await undoMerge(t.db, chair, mergeId);
    expect(r.deletedItem).toBe(true);
    expect(await t.db.agendaItem.findUnique({ where: { id: item.id } })).toBeNull();
  });

  it("publishes with the shown version only, and refuses a stale priority list", async () => {
    const item = await t.db.agendaItem.findFirstOrThrow({ where: { title: newItem.title } });
    await setPublished(t.db, chair, item.id, item.version, true);
    expect(await refusal(setPublished(t.db, chair, item.id, item.version, false))).toBe("itemChangedMeanwhile");
    const second = await mergeProposals(t.db, chair, [ids.makassar], { newItem: { ...newItem, title: "Pelatihan digital" } });
    const key = await agendaListKey(t.db);
    await reorderAgenda(t.db, chair, [second.item.id, item.id], key);
    expect((await t.db.agendaItem.findUniqueOrThrow({ where: { id: second.item.id } })).priority).toBe(1);
    expect(await refusal(reorderAgenda(t.db, chair, [item.id, second.item.id], key))).toBe("listStale");
    expect((await t.db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).priority).toBe(2);
  });

  it("suggests clusters only of unmerged similar proposals, and not once dismissed", async () => {
    for (const c of await suggestedClusters(t.db)) {
      const merged = await t.db.agendaSource.count({ where: { proposalId: { in: c.members.map((m) => m.id) } } });
      expect(merged).toBe(0);
      expect(c.members.length).toBeGreaterThanOrEqual(2);
    }
  });
});
