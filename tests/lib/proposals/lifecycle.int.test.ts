import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import {
  createProposal, deleteDraft, endorseProposal, saveProposal, VersionConflict, withdrawEndorsement, withdrawProposal,
} from "@/lib/proposals/commands.server";
import { similarProposals } from "@/lib/proposals/queries.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { DEMO_FORUM_SLUG } from "@/lib/seed/demo-proposals";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { type DelegateActor } from "../../support/actors";
import { ForbiddenError, NotFoundError } from "@/lib/policy/policy";

/** A refusal: a DomainError with its code, or the policy's "not found" / "forbidden" (as codes of the same name). */
async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof NotFoundError) return new DomainError("notFound");
  if (error instanceof ForbiddenError) return new DomainError("forbidden");
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe(`proposal lifecycle (${provider})`, () => {
  let t: TestDb;
  let metro: DelegateActor;
  let metro2: DelegateActor;
  let bandung: DelegateActor;
  let demoForum: string;
  let malangForum: string;
  let theme: string;
  const content = (over: Record<string, unknown> = {}) =>
    draftSchema.parse({
      title: "ULD Ketenagakerjaan Kota Metro", forumId: demoForum, themeId: theme, scope: "CITY_ACTION_PLAN",
      problem: "Pencari kerja disabilitas belum punya layanan khusus di Disnaker.", action: "Membentuk ULD dengan Perwal dan petugas terlatih.",
      targetGroups: "PHYSICAL,SENSORY", timeframe: "SHORT", leadAgency: "Disnaker", indicators: "Perwal terbit 2027", budgetIdr: "150.000.000", ...over,
    });

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    const user = async (email: string) => {
      const u = await t.db.user.findUniqueOrThrow({ where: { email } });
      return { id: u.id, role: u.role, cityId: u.cityId! };
    };
    metro = await user("delegasi.metro@pokja.example");
    bandung = await user("delegasi.bandung@pokja.example");
    const second = await t.db.user.create({ data: { email: "bappeda@metro.example", name: "Delegasi Metro 2", role: "DELEGATE", cityId: metro.cityId, passwordHash: "x" } });
    metro2 = { id: second.id, role: second.role, cityId: metro.cityId };
    demoForum = (await t.db.forum.findUniqueOrThrow({ where: { slug: DEMO_FORUM_SLUG } })).id;
    malangForum = (await t.db.forum.findUniqueOrThrow({ where: { slug: "forum-konsolidasi-malang-2023" } })).id;
    theme = (await t.db.theme.findFirstOrThrow({ where: { slug: "uld-job-centre" } })).id;
  });
  afterAll(() => t.drop());

  it("saves an incomplete draft, then versions every save; another delegate of the city shares it", async () => {
    const draft = await createProposal(t.db, metro, draftSchema.parse({ title: "Draf awal" }));
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, cityId: metro.cityId });
    const saved = await saveProposal(t.db, metro2, draft.id, 1, content());
    expect(saved.version).toBe(2);
    expect(await t.db.proposalVersion.count({ where: { proposalId: draft.id } })).toBe(2);
    expect((await t.db.proposalEvent.findMany({ where: { proposalId: draft.id }, orderBy: { createdAt: "asc" } })).map((e) => e.type)).toEqual(["CREATED", "SAVED"]);
  });

  it("refuses submission while the forum's window is closed, with its dates, and saves nothing", async () => {
    const draft = await createProposal(t.db, metro, content({ forumId: malangForum }));
    await t.db.forum.update({ where: { id: malangForum }, data: { submissionOpensAt: new Date("2023-02-28T01:00:00Z"), submissionClosesAt: new Date("2023-02-28T10:00:00Z") } });
    const error = await refusal(saveProposal(t.db, metro, draft.id, 1, content({ forumId: malangForum, title: "Judul baru" }), true));
    expect(error).toMatchObject({ code: "windowClosed", field: "forumId", values: { opens: "2023-02-28 08:00 WIB", closes: "2023-02-28 17:00 WIB" } });
    const after = await t.db.proposal.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after).toMatchObject({ status: "DRAFT", version: 1, title: "ULD Ketenagakerjaan Kota Metro" });
  });

  it("refuses an incomplete submission by naming the first missing field", async () => {
    const draft = await createProposal(t.db, metro, draftSchema.parse({ title: "Belum lengkap", forumId: demoForum }));
    expect(await refusal(saveProposal(t.db, metro, draft.id, 1, draftSchema.parse({ title: "Belum lengkap", forumId: demoForum }), true))).toMatchObject({ code: "themeRequired", field: "themeId" });
  });

  it("submits within the window, then keeps versioning edits while it waits for review", async () => {
    const p = await createProposal(t.db, metro, content(), true);
    expect(p).toMatchObject({ status: "SUBMITTED", version: 1 });
    const edited = await saveProposal(t.db, metro, p.id, 1, content({ action: "Membentuk ULD dengan Perwal, petugas terlatih, dan loket aksesibel." }));
    expect(edited).toMatchObject({ status: "SUBMITTED", version: 2 });
  });

  it("refuses a stale save with the version saved in between; nothing is lost or half-saved", async () => {
    const p = await createProposal(t.db, metro, content());
    await saveProposal(t.db, metro2, p.id, 1, content({ title: "Versi rekan" }));
    const error = await refusal(saveProposal(t.db, metro, p.id, 1, content({ title: "Versi saya" })));
    expect(error).toBeInstanceOf(VersionConflict);
    expect(JSON.parse(error.data!.theirs).title).toBe("Versi rekan");
    expect(error.data!.conflictVersion).toBe("2");
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: p.id } })).title).toBe("Versi rekan");
    // Saving again against the version now shown wins, and both stay in the history.
    await saveProposal(t.db, metro, p.id, 2, content({ title: "Versi saya" }));
    const titles = (await t.db.proposalVersion.findMany({ where: { proposalId: p.id }, orderBy: { version: "asc" } })).map((v) => JSON.parse(v.snapshot).title);
    expect(titles).toEqual(["ULD Ketenagakerjaan Kota Metro", "Versi rekan", "Versi saya"]);
  });

  it("stores HTML, emoji and Indonesian characters exactly", async () => {
    const title = `<img src=x onerror=alert(1)> Ketenagakerjaan “inklusif” 🙌 — Ngayogyakarta`;
    const p = await createProposal(t.db, metro, content({ title }));
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: p.id } })).title).toBe(title);
  });

  it("refuses unknown references: theme, forum, or a session of another forum", async () => {
    expect(await refusal(createProposal(t.db, metro, content({ themeId: "nope" })))).toMatchObject({ code: "themeUnknown", field: "themeId" });
    expect(await refusal(createProposal(t.db, metro, content({ forumId: "nope" })))).toMatchObject({ code: "forumUnknown" });
    const malangSession = await t.db.forumSession.findFirstOrThrow({ where: { forumId: malangForum } });
    expect(await refusal(createProposal(t.db, metro, content({ forumSessionId: malangSession.id })))).toMatchObject({ code: "sessionUnknown" });
  });

  it("withdraws a submitted proposal with a reason, once; a withdrawn one can no longer change", async () => {
    const p = await createProposal(t.db, metro, content(), true);
    const w = await withdrawProposal(t.db, metro, p.id, "Digabung dengan usulan kota lain");
    expect(w.status).toBe("WITHDRAWN");
    const event = await t.db.proposalEvent.findFirstOrThrow({ where: { proposalId: p.id, type: "WITHDRAWN" } });
    expect(event.comment).toBe("Digabung dengan usulan kota lain");
    expect((await refusal(withdrawProposal(t.db, metro, p.id, "lagi lagi"))).code).toBe("notWithdrawable");
    expect((await refusal(saveProposal(t.db, metro, p.id, w.version, content()))).code).toBe("notEditable");
  });

  it("deletes a never-submitted draft with an audit record, but not a submitted proposal", async () => {
    const d = await createProposal(t.db, metro, draftSchema.parse({ title: "Hapus saya" }));
    await deleteDraft(t.db, metro, d.id);
    expect(await t.db.proposal.findUnique({ where: { id: d.id } })).toBeNull();
    expect(JSON.parse((await t.db.auditEvent.findFirstOrThrow({ where: { entityId: d.id, action: "proposal.deleteDraft" } })).before!).title).toBe("Hapus saya");
    const s = await createProposal(t.db, metro, content(), true);
    expect((await refusal(deleteDraft(t.db, metro, s.id))).code).toBe("notDeletable");
  });

  it("resubmits after a revision request", async () => {
    const p = await createProposal(t.db, metro, content(), true);
    // The review (issue of the chair's consolidation) sends it back:
    await t.db.proposal.update({ where: { id: p.id }, data: { status: "REVISION_REQUESTED", version: 2 } });
    const again = await saveProposal(t.db, metro, p.id, 2, content({ indicators: "Perwal terbit Juni 2027; 100 pencari kerja terlayani" }), true);
    expect(again).toMatchObject({ status: "SUBMITTED", version: 3 });
    expect((await t.db.proposalEvent.findFirstOrThrow({ where: { proposalId: p.id, type: "RESUBMITTED" } })).fromStatus).toBe("REVISION_REQUESTED");
  });

  it("lets another city endorse once, withdraw, and endorse again; never its own or a draft", async () => {
    const p = await createProposal(t.db, metro, content(), true);
    await endorseProposal(t.db, bandung, p.id);
    expect((await refusal(endorseProposal(t.db, bandung, p.id))).code).toBe("alreadyEndorsed");
    expect((await refusal(endorseProposal(t.db, metro, p.id))).code).toBe("ownProposal");
    await withdrawEndorsement(t.db, bandung, p.id);
    expect(await t.db.endorsement.count({ where: { proposalId: p.id, withdrawnAt: null } })).toBe(0);
    await endorseProposal(t.db, bandung, p.id);
    expect(await t.db.endorsement.count({ where: { proposalId: p.id } })).toBe(1);
    const draft = await createProposal(t.db, metro, draftSchema.parse({ title: "Draf rahasia" }));
    expect((await refusal(endorseProposal(t.db, bandung, draft.id))).code).toBe("notFound"); // a draft of another city is not there
  });

  it("shows similar proposals of other cities only, never drafts", async () => {
    await createProposal(t.db, bandung, draftSchema.parse({ title: "Draf Bandung tentang ULD Ketenagakerjaan Disnaker" }));
    const results = await similarProposals(t.db, { ...metro, role: "DELEGATE" }, { text: "Unit Layanan Disabilitas ketenagakerjaan di Disnaker", excludeCityId: metro.cityId });
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    // The three seeded ULD proposals (Bandung, Semarang, Kupang) come first, in some order.
    expect(results.slice(0, 3).map((r) => r.city).sort()).toEqual(["Bandung", "Kupang", "Semarang"]);
    expect(results.every((r) => r.city !== "Metro" && r.status !== "DRAFT")).toBe(true);
  });
});
