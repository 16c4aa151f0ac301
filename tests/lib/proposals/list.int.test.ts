import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProposal, endorseProposal, withdrawProposal } from "@/lib/proposals/commands.server";
import { listFilterSchema, draftSchema } from "@/lib/proposals/schemas";
import { nextInQueue } from "@/lib/review/queries.server";
import { queueFilterSchema, queueQuery } from "@/lib/review/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";

describe(`the list of every city's proposals (${provider})`, () => {
  let t: TestDb;
  let metro: DelegateActor;
  let bandung: DelegateActor;
  let chair: TestActor;
  let admin: TestActor;
  let board: TestActor;
  const list = async (actor: TestActor | null, raw: Record<string, string> = {}) => {
    const { proposalListFor } = await import("@/lib/proposals/list.server");
    return proposalListFor(actor, listFilterSchema.parse(raw));
  };

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    chair = await actorFor(t.db, "ketua@pokja.example");
    admin = await actorFor(t.db, "admin@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("shows members and the board every sent proposal, never another city's draft; visitors and admins get nothing", async () => {
    const draft = await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf rahasia Bandung" }));
    const forMetro = await list(metro);
    expect(forMetro!.total).toBe(await t.db.proposal.count({ where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } }));
    expect(forMetro!.rows.some((r) => r.id === draft.id)).toBe(false);
    expect((await list(board))!.total).toBe(forMetro!.total);
    expect(await list(admin)).toBeNull();
    expect(await list(null)).toBeNull();
  });

  it("shows a city its own withdrawn proposal, and the reviewers every withdrawn one, but not other cities", async () => {
    const own = (await t.db.proposal.findFirstOrThrow({ where: { cityId: bandung.cityId, status: "SUBMITTED" } })).id;
    await withdrawProposal(t.db, bandung, own, "Akan diajukan ulang bersama kota lain.");
    const has = async (actor: TestActor) => (await list(actor, { status: "WITHDRAWN" }))!.rows.some((r) => r.id === own);
    expect(await has(bandung)).toBe(true);
    expect(await has(chair)).toBe(true);
    expect(await has(metro)).toBe(false);
    expect(await has(board)).toBe(false);
  });

  it("sorts by endorsements and finds words by their root", async () => {
    const target = await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "makassar" }, status: "SUBMITTED" } });
    await endorseProposal(t.db, metro, target.id);
    await endorseProposal(t.db, bandung, target.id);
    const sorted = (await list(metro, { sort: "endorsed" }))!.rows;
    expect(sorted[0].id).toBe(target.id);
    expect(sorted[0].endorsementCount).toBe(2);
    expect(sorted.map((r) => r.endorsementCount)).toEqual([...sorted.map((r) => r.endorsementCount)].sort((a, b) => b - a));
    // "melatih" and "pelatihan" share their root: the Makassar proposal is about "pelatihan".
    expect((await list(metro, { q: "melatih" }))!.rows.map((r) => r.id)).toContain(target.id);
    expect((await list(metro, { q: "melatih", city: bandung.cityId }))!.rows).toHaveLength(0);
  });

  it("offers the reviewer the next proposal waiting under the same filters, and drops filters that are not valid", async () => {
    const filter = queueFilterSchema.parse({ sort: "oldest" });
    const first = await nextInQueue(chair, filter, "none");
    expect(first).not.toBeNull();
    const second = await nextInQueue(chair, filter, first!.id);
    expect(second?.id).not.toBe(first!.id);
    expect(await nextInQueue(metro, filter, "none")).toBeNull();
    expect(queueQuery({ region: "MARS", sort: "oldest", q: "ULD", page: "3" })).toBe("q=ULD&sort=oldest");
  });
});
