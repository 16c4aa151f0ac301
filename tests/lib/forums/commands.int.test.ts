import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { closeSubmissionsNow, createForum, setSubmissionWindow, updateForum } from "@/lib/forums/commands.server";
import { submissionWindowState } from "@/lib/forums/queries.server";
import { forumFormSchema } from "@/lib/forums/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, type TestActor } from "../../support/actors";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe(`forum commands (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  let hostId: string;
  let forumId: string;
  const base = { title: "Forum Konsolidasi Denpasar", venue: "Balai Kota Denpasar", startsOn: "2026-03-02", endsOn: "2026-03-04", objectives: "Menyusun rencana aksi" };

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    chair = await actorFor(t.db, "ketua@pokja.example");
    hostId = (await t.db.city.findUniqueOrThrow({ where: { slug: "denpasar" } })).id; // WITA, UTC+8
  });
  afterAll(() => t.drop());

  it("creates a forum with objectives, audited, and no cities until the participation page names them", async () => {
    const forum = await createForum(t.db, chair, forumFormSchema.parse({ ...base, hostCityId: hostId }));
    forumId = forum.id;
    expect(forum.slug).toBe("forum-konsolidasi-denpasar-2026");
    expect(await t.db.forumAttendance.count({ where: { forumId } })).toBe(0);
    expect(await t.db.forumObjective.count({ where: { forumId } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: forumId, action: "forum.create" } })).toBe(1);
  });

  it("refuses an unknown host city and stores nothing", async () => {
    const forums = await t.db.forum.count();
    expect(await refusal(createForum(t.db, chair, forumFormSchema.parse({ ...base, slug: "x-1", hostCityId: "nope" })))).toBe("hostCityUnknown");
    expect(await t.db.forum.count()).toBe(forums);
  });

  it("leaves the cities' participation as it is when the forum is edited", async () => {
    const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    await t.db.forumAttendance.create({ data: { forumId, cityId: metro.id, status: "INVITED", note: "Diundang" } });
    await updateForum(t.db, chair, forumId, forumFormSchema.parse({ ...base, slug: "forum-konsolidasi-denpasar-2026", hostCityId: hostId, summary: "Ringkasan baru" }));
    expect(await t.db.forumAttendance.findMany({ where: { forumId }, select: { cityId: true, status: true, note: true } })).toEqual([{ cityId: metro.id, status: "INVITED", note: "Diundang" }]);
    await t.db.forumAttendance.deleteMany({ where: { forumId } });
  });

  it("keeps English objectives line by line with the Indonesian ones, a gap showing the Indonesian text", async () => {
    const input = forumFormSchema.parse({
      ...base, slug: "forum-konsolidasi-denpasar-2026", hostCityId: hostId,
      objectives: "Menyusun rencana aksi\nMenetapkan prioritas\nMembentuk ULD", objectivesEn: "Draw up an action plan\n\nSet up ULDs\n\n",
    });
    await updateForum(t.db, chair, forumId, input);
    const objectives = await t.db.forumObjective.findMany({ where: { forumId }, orderBy: { position: "asc" }, select: { text: true, textEn: true } });
    expect(objectives).toEqual([
      { text: "Menyusun rencana aksi", textEn: "Draw up an action plan" },
      { text: "Menetapkan prioritas", textEn: null },
      { text: "Membentuk ULD", textEn: "Set up ULDs" },
    ]);
    // More English lines than Indonesian ones cannot be matched up: refused next to the field.
    const tooMany = forumFormSchema.safeParse({ ...base, objectives: "Satu", objectivesEn: "One\nTwo" });
    expect(tooMany.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["objectivesEn", "objectivesEnTooMany"]]);
    // The forum's cycle follows its first day.
    expect((await t.db.forum.findUniqueOrThrow({ where: { id: forumId } })).cycleYear).toBe(2026);
  });

  it("sets a submission window in the host city's zone, within the forum's days", async () => {
    const forum = await setSubmissionWindow(t.db, chair, forumId, { submissionOpensAt: "2026-03-02T00:00", submissionClosesAt: "2026-03-04T23:59" });
    expect(forum.submissionOpensAt?.toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(forum.submissionClosesAt?.toISOString()).toBe("2026-03-04T15:59:00.000Z");
    expect(submissionWindowState(forum, new Date("2026-03-03T00:00:00Z"))).toBe("open");
    expect(submissionWindowState(forum, new Date("2026-03-05T00:00:00Z"))).toBe("closed");
  });

  it("refuses a window outside the forum's dates and leaves the old one", async () => {
    expect(await refusal(setSubmissionWindow(t.db, chair, forumId, { submissionOpensAt: "2026-03-01T23:00", submissionClosesAt: "2026-03-03T12:00" }))).toBe("windowOutsideDates");
    expect(await refusal(setSubmissionWindow(t.db, chair, forumId, { submissionOpensAt: "2026-03-02T08:00", submissionClosesAt: "2026-03-05T00:01" }))).toBe("windowOutsideDates");
    const forum = await t.db.forum.findUniqueOrThrow({ where: { id: forumId } });
    expect(forum.submissionOpensAt?.toISOString()).toBe("2026-03-01T16:00:00.000Z");
  });

  it("refuses new forum dates that would leave the window outside them", async () => {
    const error = await refusal(updateForum(t.db, chair, forumId, forumFormSchema.parse({ ...base, slug: "forum-konsolidasi-denpasar-2026", hostCityId: hostId, startsOn: "2026-03-03" })));
    expect(error).toBe("windowOutsideDates");
    expect((await t.db.forum.findUniqueOrThrow({ where: { id: forumId } })).startsOn.toISOString().slice(0, 10)).toBe("2026-03-02");
  });

  it("closes an open window now, and refuses when none is open", async () => {
    const now = new Date("2026-03-03T03:00:00Z");
    const forum = await closeSubmissionsNow(t.db, chair, forumId, now);
    expect(forum.submissionClosesAt?.toISOString()).toBe(now.toISOString());
    expect(await refusal(closeSubmissionsNow(t.db, chair, forumId, new Date("2026-03-03T04:00:00Z")))).toBe("windowNotOpen");
  });
});
