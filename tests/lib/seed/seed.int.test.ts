import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "@/lib/seed/demo-accounts";
import { DEMO_FORUM_SLUG, demoProposals } from "@/lib/seed/demo-proposals";
import { isEmpty, seedDatabase } from "@/lib/seed/seed.server";
import { createTestDb, provider, type TestDb } from "../../support/db";

describe(`seed (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    expect(await isEmpty(t.db)).toBe(true);
    await seedDatabase(t.db, { demoAccounts: true });
  });
  afterAll(() => t.drop());

  it("has the article's 28 member cities and 8 invited cities, each with its first history entry", async () => {
    expect(await t.db.city.count({ where: { membershipStatus: "MEMBER" } })).toBe(28);
    expect(await t.db.city.count({ where: { membershipStatus: "INVITED" } })).toBe(8);
    expect(await t.db.membershipChange.count()).toBe(36);
    const invited = (await t.db.city.findMany({ where: { membershipStatus: "INVITED" }, select: { name: true }, orderBy: { name: "asc" } })).map((c) => c.name);
    expect(invited).toEqual(["Banjar", "Batu", "Bitung", "Magelang", "Malang", "Palu", "Probolinggo", "Ternate"]);
  });

  it("gives cities their province, region and time zone", async () => {
    const pick = (slug: string) => t.db.city.findUniqueOrThrow({ where: { slug }, select: { province: true, region: true, timeZone: true } });
    expect(await pick("metro")).toEqual({ province: "Lampung", region: "SUMATERA", timeZone: "WIB" });
    expect(await pick("denpasar")).toEqual({ province: "Bali", region: "BALI_NUSA_TENGGARA", timeZone: "WITA" });
    expect(await pick("pontianak")).toEqual({ province: "Kalimantan Barat", region: "KALIMANTAN", timeZone: "WIB" });
    expect(await pick("ambon")).toEqual({ province: "Maluku", region: "MALUKU_PAPUA", timeZone: "WIT" });
  });

  it("has the Malang forum of 28 February 2023 with its objectives, sessions, 28 attending members, 8 invited cities and 2 people", async () => {
    const forum = await t.db.forum.findUniqueOrThrow({
      where: { slug: "forum-konsolidasi-malang-2023" },
      include: { hostCity: true, objectives: true, sessions: { orderBy: { position: "asc" }, include: { speakers: true } }, _count: { select: { attendances: true, participants: true } } },
    });
    expect(forum.startsOn.toISOString().slice(0, 10)).toBe("2023-02-28");
    expect(forum.venue).toBe("Hotel Santika Premiere Malang");
    expect(forum.hostCity?.name).toBe("Malang");
    expect(forum.objectives).toHaveLength(3);
    expect(forum.sessions.map((s) => s.kind)).toEqual(["OPENING", "TALK", "GROUP_DISCUSSION", "PLENARY"]);
    expect(forum.sessions[0].speakers[0].name).toBe("Wahdi Siradjuddin");
    expect(forum.sessions[1].speakers[0].role).toBe("Sekretaris Daerah Kota Malang");
    // Which cities, and the pages that show them: tests/lib/forums/malang-forum.int.test.ts.
    const byStatus = await t.db.forumAttendance.groupBy({ by: ["status"], where: { forumId: forum.id }, _count: { _all: true } });
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r._count._all]))).toEqual({ ATTENDED: 28, INVITED: 8 });
    expect(forum._count.attendances).toBe(36);
    expect(forum._count.participants).toBe(2);
  });

  it("has the programme's seven activity kinds and the nine suggested themes", async () => {
    expect((await t.db.programmeActivity.findMany({ distinct: ["kind"] })).length).toBe(7);
    expect(await t.db.theme.count()).toBe(9);
  });

  it("binds the demo delegates to Metro and Bandung and the other roles to no city", async () => {
    const users = await t.db.user.findMany({ select: { email: true, role: true, city: { select: { slug: true } } } });
    expect(users).toHaveLength(demoAccounts.length);
    const delegates = users.filter((u) => u.role === "DELEGATE").map((u) => u.city?.slug).sort();
    expect(delegates).toEqual(["bandung", "metro"]);
    expect(users.filter((u) => u.role !== "DELEGATE").every((u) => u.city === null)).toBe(true);
  });

  it("marks every sample proposal and the sample forum as demo data, open for submissions today", async () => {
    expect(await t.db.proposal.count({ where: { isDemo: false } })).toBe(0);
    const forum = await t.db.forum.findUniqueOrThrow({ where: { slug: DEMO_FORUM_SLUG } });
    expect(forum.isDemo).toBe(true);
    expect(forum.submissionOpensAt!.getTime()).toBeLessThan(Date.now());
    expect(forum.submissionClosesAt!.getTime()).toBeGreaterThan(Date.now());
    expect((await t.db.forum.findUniqueOrThrow({ where: { slug: "forum-konsolidasi-malang-2023" } })).isDemo).toBe(false);
  });

  it("has sample files only on sample records, marked as demo data, whole and readable as PDF", async () => {
    const files = await t.db.attachment.findMany({ include: { chunks: { orderBy: { position: "asc" } }, proposal: true, forum: true } });
    expect(files.map((f) => f.fileName).sort()).toEqual(["formulir-pendataan-pencari-kerja-disabilitas.pdf", "notulen-forum-contoh.pdf"]);
    for (const f of files) {
      expect(f.isDemo).toBe(true);
      expect(f.proposal?.isDemo ?? f.forum?.isDemo).toBe(true);
      const bytes = Buffer.concat(f.chunks.map((c) => Buffer.from(c.data)));
      expect(bytes.length).toBe(f.size);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(f.uploadedById).not.toBeNull();
    }
  });

  it("is idempotent", async () => {
    await seedDatabase(t.db, { demoAccounts: true });
    expect(await t.db.city.count()).toBe(36);
    expect(await t.db.forum.count()).toBe(2); // the Malang forum and the demo forum
    expect(await t.db.forumSession.count()).toBe(4);
    expect(await t.db.forumParticipant.count()).toBe(2);
    expect(await t.db.proposal.count()).toBe(demoProposals.length);
    expect(await t.db.theme.count()).toBe(9);
    expect(await t.db.user.count()).toBe(demoAccounts.length);
    expect(await isEmpty(t.db)).toBe(false);
  });
});
