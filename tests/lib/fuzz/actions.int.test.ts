// The real server actions, called as a delegate and as the chair with random and hostile forms (and
// ids of other cities): none fails with a server error, and afterwards every stored row still obeys
// the rules the forms enforce.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { createTestDb, provider, type TestDb } from "../../support/db";
import { containsForbiddenCharacters } from "@/lib/forms/text";
import { hostileValue } from "./hostile";

/** What a browser or a hand-made request can send: strings only (objects arrive as their JSON). */
const text = (v: unknown): string => {
  if (typeof v === "string") return v;
  try {
    return JSON.stringify(v) ?? "";
  } catch {
    return "";
  }
};
const asForm = (record: Record<string, unknown>) =>
  form(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? v.map(text) : text(v)])));
const idle = { status: "idle" as const, errors: {}, values: {} };

describe(`server actions under hostile input (${provider})`, () => {
  let t: TestDb;
  let ids: { bandungUser: string; chair: string; bandungProposal: string; metroProposal: string; commitment: string; otherCommitment: string; item: string };

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    const { resetDbForTests } = await import("@/lib/db.server");
    resetDbForTests();
    const { agendaItemSchema } = await import("@/lib/agenda/schemas");
    const { publishedItem } = await import("../../support/agenda");
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const bandung = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.bandung@pokja.example" } });
    const item = await publishedItem(t.db, chair, agendaItemSchema.parse({ title: "ULD di setiap kota", description: "Setiap kota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" }));
    ids = {
      bandungUser: bandung.id, chair: chair.id, item: item.id,
      bandungProposal: (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "bandung" } } })).id,
      metroProposal: (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "semarang" } } })).id,
      commitment: (await t.db.commitment.findFirstOrThrow({ where: { agendaItemId: item.id, cityId: bandung.cityId! } })).id,
      otherCommitment: (await t.db.commitment.findFirstOrThrow({ where: { agendaItemId: item.id, city: { slug: "metro" } } })).id,
    };
  });
  afterAll(async () => {
    const { getDb } = await import("@/lib/db.server");
    await getDb().$disconnect();
    await t.drop();
  });

  /** Runs one action with a hostile form; a redirect or a form state is fine, any other throw is a server error. */
  async function survive(call: () => Promise<unknown>) {
    const result = await outcome(call);
    expect(result.redirect !== undefined || result.status !== undefined || typeof result.value === "object").toBe(true);
  }

  it("a delegate's forms never fail, whatever they carry", async () => {
    await signInAs(ids.bandungUser);
    const proposals = await import("@/lib/proposals/actions");
    const commitments = await import("@/lib/commitments/actions");
    const discussion = await import("@/lib/discussion/actions");
    const fields = ["body", "parentId", "title", "problem", "evidence", "action", "targetGroups", "timeframe", "scope", "themeId", "forumId", "leadAgency", "partners", "indicators", "budgetIdr", "fundingSource", "intent", "version", "reason", "status", "percent", "summary", "links", "reportedOn", "indicator", "asOf", "source", "uldEstablished", "uldDecree", "employedWithDisability", "totalStaff", "jobSeekersRegistered", "jobSeekersPlaced", "periodStart", "agendaItemId", "cityId", "radReference", "rpjmdReference", "rkpdReference", "budgetYear", "sipdProgram", "sipdActivity", "sipdSubActivity"];
    const target = fc.constantFrom(ids.bandungProposal, ids.metroProposal, ids.commitment, ids.otherCommitment, "cmxnotanid", "'; DROP TABLE x;--");
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: 12 }), target, async (record, id) => {
        const fd = () => asForm(record);
        await survive(() => proposals.saveProposalAction(null, idle, fd()));
        await survive(() => proposals.saveProposalAction(id, idle, fd()));
        await survive(() => proposals.withdrawProposalAction(id, idle, fd()));
        await survive(() => proposals.endorseAction(id, idle, fd()));
        await survive(() => commitments.reportProgressAction(id, idle, fd()));
        await survive(() => commitments.notApplicableAction(id, idle, fd()));
        await survive(() => commitments.planLinksAction(id, idle, fd()));
        await survive(() => commitments.scorecardAction(idle, fd()));
        await survive(() => commitments.commitAction(idle, fd()));
        await survive(() => discussion.postCommentAction({ kind: "proposal", id }, idle, fd()));
        await survive(() => discussion.postCommentAction({ kind: "agenda", id: ids.item }, idle, fd()));
        await survive(() => discussion.editCommentAction(id, idle, fd()));
        await survive(() => discussion.withdrawCommentAction(id, idle, fd()));
        await survive(() => discussion.muteThreadAction({ kind: "proposal", id }, true, idle, fd()));
      }),
      { numRuns: 40 },
    );
  });

  it("says so at the top when a hidden field is forged, and in plain words when a field carries what no form sends", async () => {
    await signInAs(ids.bandungUser);
    const commitments = await import("@/lib/commitments/actions");
    const forged = await outcome(() => commitments.reportProgressAction(ids.commitment, idle, form({ status: "PLANNED", percent: "10", summary: "Rencana kerja sudah disusun.", evidence: "", links: "", reportedOn: "2026-01-01", version: "abc" })));
    expect(forged.value).toMatchObject({ status: "error", formError: "Formulir ini tidak lengkap atau sudah kedaluwarsa. Muat ulang halaman lalu coba lagi." });
    const odd = await outcome(() => commitments.scorecardAction(idle, form({ indicator: "GOVERNMENT_EMPLOYMENT", asOf: "2026-01-01", source: "BKPSDM", employedWithDisability: ["1", "2"], totalStaff: "10" })));
    expect((odd.value as { errors: Record<string, string> }).errors.employedWithDisability).toBe("Isi bilangan bulat tanpa desimal, misalnya 12 atau 1.250.");
  });

  it("the chair's forms never fail, whatever they carry", async () => {
    await signInAs(ids.chair);
    const agenda = await import("@/lib/agenda/actions");
    const review = await import("@/lib/review/actions");
    const commitments = await import("@/lib/commitments/actions");
    const discussion = await import("@/lib/discussion/actions");
    const fields = ["title", "description", "themeId", "level", "owner", "indicators", "milestones", "proposalIds", "target", "decision", "comment", "version", "olderThan", "order", "listKey", "body", "reason", "parentId"];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: 10 }), fc.constantFrom(ids.bandungProposal, ids.item, "nope"), async (record, id) => {
        const fd = () => asForm(record);
        await survive(() => agenda.createAgendaItemAction(idle, fd()));
        await survive(() => agenda.updateAgendaItemAction(id, idle, fd()));
        await survive(() => agenda.mergeIntoExistingAction(idle, fd()));
        await survive(() => review.decideAction(id, "status=SUBMITTED&q=%00", idle, fd()));
        await survive(() => commitments.reminderAction(idle, fd()));
        await survive(() => discussion.postCommentAction({ kind: "agenda", id }, idle, fd()));
        await survive(() => discussion.hideCommentAction(id, idle, fd()));
      }),
      { numRuns: 25 },
    );
  });

  it("the admin's and the public forms never fail, whatever they carry", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@pokja.example" } });
    await signInAs(admin.id);
    const cities = await import("@/lib/cities/actions");
    const forums = await import("@/lib/forums/actions");
    const accounts = await import("@/lib/accounts/actions");
    const auth = await import("@/lib/auth/actions");
    const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    const forum = await t.db.forum.findFirstOrThrow();
    const participant = await t.db.forumParticipant.findFirstOrThrow({ where: { forumId: forum.id } });
    const fields = [
      "name", "slug", "province", "region", "timeZone", "latitude", "longitude", "membershipStatus", "toStatus", "effectiveOn", "reason", "title", "titleEn", "venue", "hostCityId", "startsOn", "endsOn", "summary", "objectives", "opensAt", "closesAt", "email", "role", "cityId", "password", "confirm", "currentPassword", "newPassword",
      "jobTitle", "office", "status", `status-${metro.id}`, `note-${metro.id}`, "status-cmxnotacity", "note-cmxnotacity",
    ];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: 12 }), async (record) => {
        const fd = () => asForm(record);
        await survive(() => cities.createCityAction(idle, fd()));
        await survive(() => cities.updateCityAction(metro.id, idle, fd()));
        await survive(() => cities.changeMembershipAction({ id: metro.id, slug: metro.slug }, idle, fd()));
        await survive(() => forums.createForumAction(idle, fd()));
        await survive(() => forums.setWindowAction({ id: forum.id, slug: forum.slug }, idle, fd()));
        await survive(() => forums.setCityParticipationAction(forum.id, idle, fd()));
        await survive(() => forums.addParticipantAction(forum.id, idle, fd()));
        await survive(() => forums.updateParticipantAction(participant.id, idle, fd()));
        await survive(() => accounts.inviteUserAction(idle, fd()));
        await survive(() => accounts.changeUserRoleAction(ids.bandungUser, idle, fd()));
        await survive(() => accounts.acceptInvitationAction("not-a-token", idle, fd()));
        await survive(() => accounts.resetPasswordAction("not-a-token", idle, fd()));
        await survive(() => auth.signInAction(idle, fd()));
      }),
      { numRuns: 25 },
    );
    // Whatever was accepted is a well-formed city or forum.
    for (const c of await t.db.city.findMany()) expect(c.name.trim().length).toBeGreaterThan(1);
    for (const f of await t.db.forum.findMany()) expect(f.endsOn.getTime()).toBeGreaterThanOrEqual(f.startsOn.getTime());
    for (const p of await t.db.forumParticipant.findMany()) {
      for (const text of [p.name, p.jobTitle, p.office]) expect(text.trim().length, JSON.stringify(text)).toBeGreaterThanOrEqual(2);
      for (const text of [p.name, p.jobTitle, p.office]) expect(containsForbiddenCharacters(text), JSON.stringify(text)).toBe(false);
    }
    for (const a of await t.db.forumAttendance.findMany()) expect((a.note ?? "").length).toBeLessThanOrEqual(500);
  });

  it("leaves only rows that obey the forms' rules", async () => {
    for (const p of await t.db.proposal.findMany()) {
      expect(p.title.length, p.id).toBeGreaterThan(0);
      for (const text of [p.title, p.problem, p.evidence, p.action, p.leadAgency, p.partners, p.indicators, p.fundingSource]) expect(containsForbiddenCharacters(text), JSON.stringify(text)).toBe(false);
      expect(p.title.length).toBeLessThanOrEqual(300);
      if (p.status !== "DRAFT") expect(p.problem.trim().length).toBeGreaterThanOrEqual(20);
    }
    for (const c of await t.db.comment.findMany()) {
      expect(containsForbiddenCharacters(c.body), JSON.stringify(c.body)).toBe(false);
      expect(c.body.trim().length).toBeGreaterThanOrEqual(2);
      expect(c.body.length).toBeLessThanOrEqual(3000);
      expect(Boolean(c.proposalId) !== Boolean(c.agendaItemId)).toBe(true);
    }
    // The kept counts agree with the rows they count.
    for (const p of await t.db.proposal.findMany({ select: { id: true, commentCount: true, endorsementCount: true } })) {
      expect(p.commentCount).toBe(await t.db.comment.count({ where: { proposalId: p.id, status: "VISIBLE" } }));
      expect(p.endorsementCount).toBe(await t.db.endorsement.count({ where: { proposalId: p.id, withdrawnAt: null } }));
    }
    for (const r of await t.db.progressReport.findMany()) {
      expect(r.percent).toBeGreaterThanOrEqual(0);
      expect(r.percent).toBeLessThanOrEqual(100);
      expect(r.status === "DONE").toBe(r.percent === 100);
      expect(r.reportedOn.getTime()).toBeLessThanOrEqual(Date.now() + 86_400_000);
    }
    for (const e of await t.db.scorecardEntry.findMany()) {
      expect(e.source.trim().length).toBeGreaterThanOrEqual(3);
      if (e.totalStaff !== null) expect(e.employedWithDisability!).toBeLessThanOrEqual(e.totalStaff);
      if (e.jobSeekersRegistered !== null) expect(e.jobSeekersPlaced!).toBeLessThanOrEqual(e.jobSeekersRegistered);
    }
    for (const a of await t.db.agendaItem.findMany()) {
      expect(a.title.trim().length).toBeGreaterThan(0);
      expect(a.title.length).toBeLessThanOrEqual(300);
    }
    // Links to a city's plans are well-formed, each SIPD level within the one above.
    const { SIPD_ACTIVITY, SIPD_PROGRAM, SIPD_SUB_ACTIVITY } = await import("@/lib/commitments/schemas");
    for (const c of await t.db.commitment.findMany()) {
      if (c.budgetYear !== null) expect(c.budgetYear >= 2020 && c.budgetYear <= 2045).toBe(true);
      if (c.sipdProgram !== null) expect(c.sipdProgram).toMatch(SIPD_PROGRAM);
      if (c.sipdActivity !== null) expect(c.sipdActivity).toMatch(SIPD_ACTIVITY);
      if (c.sipdSubActivity !== null) expect(c.sipdSubActivity).toMatch(SIPD_SUB_ACTIVITY);
      if (c.sipdProgram && c.sipdActivity) expect(c.sipdActivity.startsWith(`${c.sipdProgram}.`)).toBe(true);
      for (const ref of [c.radReference, c.rpjmdReference, c.rkpdReference]) if (ref !== null) expect(ref.length).toBeLessThanOrEqual(300);
    }
    // Bandung's delegate never wrote to another city's commitment.
    expect(await t.db.progressReport.count({ where: { commitmentId: ids.otherCommitment } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "commitment.planLinks", entityId: ids.otherCommitment } })).toBe(0);
    expect(await t.db.proposal.count({ where: { id: ids.metroProposal, status: "WITHDRAWN" } })).toBe(0);
  });
});
