import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideProposal } from "@/lib/review/commands.server";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";

describe(`each role's dashboard (${provider})`, () => {
  let t: TestDb;
  let bandung: DelegateActor;
  let chair: TestActor;
  const dashboard = async (actor: TestActor | null) => (await import("@/lib/dashboard/queries.server")).dashboardFor(actor);

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    chair = await actorFor(t.db, "ketua@pokja.example");
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("puts a revision request with the chair's note first for the delegate, and the open submission window", async () => {
    const p = await t.db.proposal.findFirstOrThrow({ where: { cityId: bandung.cityId, status: "SUBMITTED" } });
    await decideProposal(t.db, chair, p.id, { decision: "REQUEST_REVISION", comment: "Mohon tambahkan data pencari kerja 2025.", version: p.version });
    const d = await dashboard(bandung);
    expect(d?.role).toBe("delegate");
    if (d?.role !== "delegate") return;
    expect(d.revisions).toEqual([expect.objectContaining({ id: p.id, note: expect.objectContaining({ comment: "Mohon tambahkan data pencari kerja 2025." }) })]);
    expect(d.windows.length).toBeGreaterThan(0); // the demo forum is open
  });

  it("tells the chair what waits, oldest first, and which member cities nobody can reach", async () => {
    const d = await dashboard(chair);
    expect(d?.role).toBe("steward");
    if (d?.role !== "steward") return;
    expect(d.waiting).toBe(await t.db.proposal.count({ where: { status: "SUBMITTED" } }));
    const times = d.oldest.map((p) => p.submittedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const members = await t.db.city.count({ where: { membershipStatus: "MEMBER" } });
    expect(d.members).toBe(members);
    // The demo has delegate accounts for Metro and Bandung only.
    expect(d.noDelegate.map((c) => c.slug)).not.toContain("bandung");
    expect(d.noDelegate.length).toBe(members - 2);
    expect(d.noSubmission.map((c) => c.slug)).not.toContain("bandung");
  });

  it("gives the board headline figures and the admin pending invitations; visitors nothing", async () => {
    const board = await dashboard(await actorFor(t.db, "dewan@pokja.example"));
    expect(board?.role).toBe("board");
    if (board?.role === "board") expect(board.headline.members).toBe(await t.db.city.count({ where: { membershipStatus: "MEMBER" } }));
    expect((await dashboard(await actorFor(t.db, "admin@pokja.example")))?.role).toBe("admin");
    expect(await dashboard(null)).toBeNull();
  });
});
