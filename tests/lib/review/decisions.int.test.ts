import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { createProposal, withdrawProposal } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { decideProposal } from "@/lib/review/commands.server";
import { reviewQueue } from "@/lib/review/queries.server";
import { decisionSchema, queueFilterSchema } from "@/lib/review/schemas";
import { DEMO_FORUM_SLUG } from "@/lib/seed/demo-proposals";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { type DelegateActor, type TestActor } from "../../support/actors";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe(`review decisions (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let secretariat: TestActor;
  let metro: DelegateActor;
  let submit: (title: string) => Promise<{ id: string; version: number }>;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    secretariat = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@pokja.example" } });
    const m = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } });
    metro = { id: m.id, role: m.role, cityId: m.cityId! };
    const forumId = (await t.db.forum.findUniqueOrThrow({ where: { slug: DEMO_FORUM_SLUG } })).id;
    const themeId = (await t.db.theme.findFirstOrThrow()).id;
    submit = (title) => createProposal(t.db, metro, draftSchema.parse({
      title, forumId, themeId, scope: "CITY_ACTION_PLAN", problem: "Masalah yang cukup panjang untuk diajukan.", action: "Aksi yang cukup panjang untuk diajukan.",
      targetGroups: "PHYSICAL", timeframe: "SHORT", leadAgency: "Disnaker", indicators: "Indikator jelas",
    }), true);
  });
  afterAll(() => t.drop());

  it("requires a comment to request a revision or reject, not to accept", () => {
    expect(decisionSchema.safeParse({ decision: "REJECT", comment: " ", version: 1 }).error?.issues[0]).toMatchObject({ path: ["comment"], message: "commentRequired" });
    expect(decisionSchema.safeParse({ decision: "ACCEPT", comment: "", version: 1 }).success).toBe(true);
  });

  it("requests a revision: the city sees the comment on the timeline, and each delegate gets a notification", async () => {
    const p = await submit("Usulan untuk direvisi");
    await decideProposal(t.db, chair, p.id, { decision: "REQUEST_REVISION", comment: "Tambahkan target tahunan.", version: p.version });
    const after = await t.db.proposal.findUniqueOrThrow({ where: { id: p.id }, include: { events: { orderBy: { createdAt: "desc" }, take: 1 } } });
    expect(after.status).toBe("REVISION_REQUESTED");
    expect(after.events[0]).toMatchObject({ type: "REVISION_REQUESTED", comment: "Tambahkan target tahunan.", actorId: chair.id });
    const notes = await t.db.notification.findMany({ where: { proposalId: p.id } });
    expect(notes.map((n) => n.userId)).toEqual([metro.id]);
    expect(JSON.parse(notes[0].params)).toMatchObject({ comment: "Tambahkan target tahunan." });
    expect(await t.db.auditEvent.count({ where: { entityId: p.id, action: "proposal.decide.request_revision" } })).toBe(1);
  });

  it("refuses deciding a withdrawn or an already decided proposal, changing nothing", async () => {
    const w = await submit("Akan ditarik");
    const withdrawn = await withdrawProposal(t.db, metro, w.id, "Tidak relevan lagi");
    expect((await refusal(decideProposal(t.db, chair, w.id, { decision: "ACCEPT", comment: "", version: withdrawn.version }))).code).toBe("withdrawn");
    const d = await submit("Sudah diputuskan");
    await decideProposal(t.db, chair, d.id, { decision: "ACCEPT", comment: "", version: d.version });
    const again = await refusal(decideProposal(t.db, chair, d.id, { decision: "REJECT", comment: "Berubah pikiran", version: d.version + 1 }));
    expect(again.code).toBe("alreadyDecided");
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("ACCEPTED");
  });

  it("lets exactly one of two racing reviewers win; the other gets a clear refusal", async () => {
    const p = await submit("Diputuskan berdua");
    // On PostgreSQL a second client is a second instance of the portal. SQLite is served by one
    // process whose transactions queue on its one connection, so the race is between two requests.
    const other = provider === "postgresql" ? createDb(t.url) : t.db;
    try {
      const results = await Promise.allSettled([
        decideProposal(t.db, chair, p.id, { decision: "ACCEPT", comment: "", version: p.version }),
        decideProposal(other, secretariat, p.id, { decision: "REJECT", comment: "Tidak sesuai tema", version: p.version }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(DomainError);
      expect(["changedMeanwhile", "alreadyDecided"]).toContain(lost[0].reason.code);
    } finally {
      if (other !== t.db) await other.$disconnect();
    }
    const events = await t.db.proposalEvent.findMany({ where: { proposalId: p.id, type: { in: ["ACCEPTED", "REJECTED"] } } });
    expect(events).toHaveLength(1);
    expect(await t.db.notification.count({ where: { proposalId: p.id } })).toBe(1);
  });

  it("filters, searches and pages the queue in the database", async () => {
    const all = await reviewQueue(t.db, queueFilterSchema.parse({}));
    expect(all.total).toBe(await t.db.proposal.count({ where: { status: { not: "DRAFT" } } }));
    const bandung = await t.db.city.findUniqueOrThrow({ where: { slug: "bandung" } });
    const byCity = await reviewQueue(t.db, queueFilterSchema.parse({ city: bandung.id }));
    expect(byCity.rows.every((r) => r.city.name === "Bandung")).toBe(true);
    const search = await reviewQueue(t.db, queueFilterSchema.parse({ q: "PELATIHAN digital" }));
    expect(search.rows.map((r) => r.title)).toEqual(["Pelatihan keterampilan digital bagi pemuda penyandang disabilitas"]);
    const jawa = await reviewQueue(t.db, queueFilterSchema.parse({ region: "JAWA", sort: "title" }));
    expect(jawa.rows.map((r) => r.city.region).every((r) => r === "JAWA")).toBe(true);
    expect(queueFilterSchema.parse({ region: "MARS", sort: "random", page: "-4" })).toMatchObject({ region: undefined, sort: "newest", page: 1 });
  });
});
