// A forum's programme, kept by the stewards: sessions in order with their times in the host city's
// zone and their speakers in order, the minutes of each session and of the forum, all audited; and
// what the public forum page shows of it, with the proposals and agenda items the forum produced as
// the policy lets each visitor see them. Through the commands, the real server actions and the queries.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";
import { hostileValue } from "../fuzz/hostile";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { createDb, type Db } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import {
  addSession, addSpeaker, createForum, moveSession, moveSpeaker, removeSession, removeSpeaker, setForumMinutes, setSessionMinutes, updateForum,
  updateSession, updateSpeaker,
} from "@/lib/forums/commands.server";
import { forumFormSchema, minutesFormSchema, PROGRAMME_LIMITS, sessionFormSchema, speakerFormSchema } from "@/lib/forums/schemas";
import { containsForbiddenCharacters } from "@/lib/forms/text";
import { ForbiddenError } from "@/lib/policy/policy";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, type TestActor } from "../../support/actors";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return { code: (error as DomainError).code, field: (error as DomainError).field };
}

const idle = { status: "idle" as const, errors: {}, values: {} };
const session = (raw: Record<string, string>) => sessionFormSchema.parse({ kind: "TALK", titleEn: "", startsAt: "", endsAt: "", ...raw });
const speaker = (raw: Record<string, string>) => speakerFormSchema.parse({ roleEn: "", ...raw });
const issues = (raw: Record<string, string>) => sessionFormSchema.safeParse({ kind: "TALK", title: "Sesi uji", ...raw }).error?.issues.map((i) => [i.path[0], i.message]);

describe("the programme's forms (schemas)", () => {
  it("accepts a session with or without times, normalising them", () => {
    expect(session({ title: "Pembukaan", startsAt: "2026-03-02T09:00", endsAt: "2026-03-02T10:30:00" })).toMatchObject({ startsAt: "2026-03-02T09:00", endsAt: "2026-03-02T10:30" });
    expect(session({ title: "Pleno", kind: "PLENARY" })).toMatchObject({ kind: "PLENARY", startsAt: undefined, endsAt: undefined, titleEn: undefined });
  });

  it("refuses impossible dates and times, an end before its start and an end without a start", () => {
    expect(issues({ startsAt: "2026-02-31T09:00" })).toEqual([["startsAt", "dateTimeInvalid"]]);
    expect(issues({ startsAt: "2027-02-29T09:00" })).toEqual([["startsAt", "dateTimeInvalid"]]);
    expect(issues({ startsAt: "2026-03-02T24:00" })).toEqual([["startsAt", "dateTimeInvalid"]]);
    expect(issues({ startsAt: "2026-03-02 09:00" })).toEqual([["startsAt", "dateTimeInvalid"]]);
    expect(issues({ startsAt: "2026-03-02T10:00", endsAt: "2026-03-02T09:59" })).toEqual([["endsAt", "endBeforeStart"]]);
    expect(issues({ startsAt: "2026-03-02T10:00", endsAt: "2026-03-02T10:00" })).toEqual([["endsAt", "endBeforeStart"]]);
    expect(issues({ endsAt: "2026-03-02T10:00" })).toEqual([["endsAt", "endWithoutStart"]]);
    // A broken start is said once, not blamed again for the comparison.
    expect(issues({ startsAt: "2026-02-30T10:00", endsAt: "2026-03-02T09:00" })).toEqual([["startsAt", "dateTimeInvalid"]]);
  });

  it("refuses an unknown kind, a missing or over-long title, and over-long minutes", () => {
    expect(issues({ kind: "KEYNOTE" })).toEqual([["kind", "kindRequired"]]);
    expect(issues({ title: " \u200B\u202E " })).toEqual([["title", "titleRequired"]]);
    expect(issues({ title: "x".repeat(201) })).toEqual([["title", "titleTooLong"]]);
    expect(speakerFormSchema.safeParse({ name: "A", role: "" }).error?.issues.map((i) => i.message)).toEqual(["nameRequired", "roleRequired"]);
    expect(speakerFormSchema.safeParse({ name: "x".repeat(201), role: "y".repeat(201) }).error?.issues.map((i) => i.message)).toEqual(["nameTooLong", "roleTooLong"]);
    expect(minutesFormSchema.safeParse({ minutes: "x".repeat(10_001) }).error?.issues.map((i) => i.message)).toEqual(["minutesTooLong"]);
    expect(minutesFormSchema.parse({ minutes: "x".repeat(10_000), minutesEn: "" })).toMatchObject({ minutesEn: undefined });
  });

  it("cleans hostile text: direction overrides and invisible characters go, markup stays text, paragraphs stay", () => {
    expect(session({ title: "Sesi \u202Eiskusid\u202C <b>satu</b>\u200B\n" }).title).toBe("Sesi iskusid <b>satu</b>");
    expect(minutesFormSchema.parse({ minutes: "Paragraf satu.\r\nBaris dua.\r\n\r\n<script>alert(1)</script>\u0000" }).minutes).toBe("Paragraf satu.\nBaris dua.\n\n<script>alert(1)</script>");
  });
});

describe(`forum programme (${provider})`, () => {
  let t: TestDb;
  let secretariat: TestActor;
  let chair: TestActor;
  let delegate: TestActor;
  let board: TestActor;
  let forum: { id: string; slug: string };
  const ids: Record<"opening" | "talk" | "discussion", string> = { opening: "", talk: "", discussion: "" };
  const base = { title: "Forum Uji Susunan Acara", venue: "Balai Kota Denpasar", startsOn: "2026-03-02", endsOn: "2026-03-04", objectives: "" };

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    secretariat = await actorFor(t.db, "sekretariat@pokja.example");
    chair = await actorFor(t.db, "ketua@pokja.example");
    delegate = await actorFor(t.db, "delegasi.metro@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    const denpasar = await t.db.city.findUniqueOrThrow({ where: { slug: "denpasar" } }); // WITA, UTC+8
    forum = await createForum(t.db, secretariat, forumFormSchema.parse({ ...base, hostCityId: denpasar.id }));
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  const order = async () => (await t.db.forumSession.findMany({ where: { forumId: forum.id }, orderBy: { position: "asc" } })).map((s) => s.title);
  const audits = (action: string) => t.db.auditEvent.findMany({ where: { entityId: forum.id, action }, orderBy: { createdAt: "asc" } });

  describe("sessions", () => {
    it("adds sessions at the end, times read in the host city's zone, each audited", async () => {
      const a = await addSession(t.db, secretariat, forum.id, session({ kind: "OPENING", title: "Pembukaan", titleEn: "Opening", startsAt: "2026-03-02T09:00", endsAt: "2026-03-02T09:30" }));
      const b = await addSession(t.db, secretariat, forum.id, session({ title: "Paparan narasumber", startsAt: "2026-03-02T10:00" }));
      const c = await addSession(t.db, chair, forum.id, session({ kind: "GROUP_DISCUSSION", title: "Diskusi kelompok" }));
      [ids.opening, ids.talk, ids.discussion] = [a.session.id, b.session.id, c.session.id];
      expect([a, b, c].map((r) => r.session.position)).toEqual([1, 2, 3]);
      expect(a.forum.slug).toBe(forum.slug);
      expect(a.session.startsAt?.toISOString()).toBe("2026-03-02T01:00:00.000Z");
      expect(a.session.endsAt?.toISOString()).toBe("2026-03-02T01:30:00.000Z");
      expect(b.session.endsAt).toBeNull();
      expect(c.session.startsAt).toBeNull();
      const events = await audits("forum.addSession");
      expect(events).toHaveLength(3);
      expect(JSON.parse(events[0].after!)).toMatchObject({ id: ids.opening, title: "Pembukaan", titleEn: "Opening", position: 1 });
      expect(events[0].actorId).toBe(secretariat.id);
    });

    it("refuses times outside the forum's days (in its zone) at the field, storing nothing", async () => {
      const before = await order();
      // 2 March 00:00 WITA is the first moment; 4 March 23:59 WITA the last start.
      expect(await refusal(addSession(t.db, secretariat, forum.id, session({ title: "Terlalu awal", startsAt: "2026-03-01T23:59" })))).toEqual({ code: "sessionOutsideDates", field: "startsAt" });
      expect(await refusal(addSession(t.db, secretariat, forum.id, session({ title: "Terlalu larut", startsAt: "2026-03-05T00:00" })))).toEqual({ code: "sessionOutsideDates", field: "startsAt" });
      expect(await refusal(addSession(t.db, secretariat, forum.id, session({ title: "Melewati hari", startsAt: "2026-03-04T23:00", endsAt: "2026-03-05T00:01" })))).toEqual({ code: "sessionOutsideDates", field: "endsAt" });
      expect(await order()).toEqual(before);
      const edge = await addSession(t.db, secretariat, forum.id, session({ title: "Sesi tepi", startsAt: "2026-03-02T00:00", endsAt: "2026-03-05T00:00" }));
      await removeSession(t.db, secretariat, edge.session.id);
      expect(await refusal(addSession(t.db, secretariat, "cmxnotaforum", session({ title: "Tanpa forum" })))).toMatchObject({ code: "forumNotFound" });
    });

    it("changes a session's details, keeping its place, speakers and minutes", async () => {
      await addSpeaker(t.db, secretariat, ids.talk, speaker({ name: "Narasumber Tetap", role: "Dinas Tenaga Kerja" }));
      await setSessionMinutes(t.db, secretariat, ids.talk, minutesFormSchema.parse({ minutes: "Catatan awal." }));
      const { session: after } = await updateSession(t.db, secretariat, ids.talk, session({ kind: "TALK", title: "Paparan: peran pemerintah daerah", titleEn: "Talk", startsAt: "2026-03-03T13:00", endsAt: "2026-03-03T14:00" }));
      expect(after).toMatchObject({ position: 2, title: "Paparan: peran pemerintah daerah", minutes: "Catatan awal." });
      expect(after.startsAt?.toISOString()).toBe("2026-03-03T05:00:00.000Z");
      expect(await t.db.sessionSpeaker.count({ where: { sessionId: ids.talk } })).toBe(1);
      const [event] = await audits("forum.updateSession");
      expect(JSON.parse(event.before!)).toMatchObject({ title: "Paparan narasumber", endsAt: null });
      expect(JSON.parse(event.after!)).toMatchObject({ title: "Paparan: peran pemerintah daerah", titleEn: "Talk" });
      expect(await refusal(updateSession(t.db, secretariat, ids.talk, session({ title: "Di luar", startsAt: "2026-03-06T09:00" })))).toEqual({ code: "sessionOutsideDates", field: "startsAt" });
      expect(await refusal(updateSession(t.db, secretariat, "cmxnotasession", session({ title: "Tidak ada" })))).toMatchObject({ code: "sessionNotFound" });
    });

    it("moves sessions a place at a time, positions staying unique; the ends refuse, each move audited", async () => {
      await moveSession(t.db, secretariat, ids.discussion, "up");
      expect(await order()).toEqual(["Pembukaan", "Diskusi kelompok", "Paparan: peran pemerintah daerah"]);
      await moveSession(t.db, secretariat, ids.opening, "down");
      expect(await order()).toEqual(["Diskusi kelompok", "Pembukaan", "Paparan: peran pemerintah daerah"]);
      expect(await refusal(moveSession(t.db, secretariat, ids.discussion, "up"))).toMatchObject({ code: "alreadyFirst" });
      expect(await refusal(moveSession(t.db, secretariat, ids.talk, "down"))).toMatchObject({ code: "alreadyLast" });
      await moveSession(t.db, secretariat, ids.opening, "up");
      expect(await order()).toEqual(["Pembukaan", "Diskusi kelompok", "Paparan: peran pemerintah daerah"]);
      const positions = (await t.db.forumSession.findMany({ where: { forumId: forum.id } })).map((s) => s.position).sort();
      expect(positions).toEqual([1, 2, 3]);
      const events = await audits("forum.moveSession");
      expect(events).toHaveLength(3);
      expect(JSON.parse(events[0].before!)).toEqual({ sessionId: ids.discussion, position: 3 });
      expect(JSON.parse(events[0].after!)).toEqual({ sessionId: ids.discussion, position: 2, swappedWith: ids.talk });
    });

    it("keeps the order whole when many moves race (a second client on PostgreSQL)", async () => {
      const other: Db = provider === "postgresql" ? createDb(t.url) : t.db;
      try {
        const moves = [ids.opening, ids.discussion, ids.talk, ids.opening, ids.talk, ids.discussion].map((id, i) =>
          moveSession(i % 2 ? other : t.db, secretariat, id, i % 3 ? "up" : "down").then(() => "moved", (e: unknown) => (e instanceof DomainError ? e.code : Promise.reject(e))));
        const results = await Promise.all(moves);
        expect(results.every((r) => ["moved", "alreadyFirst", "alreadyLast"].includes(r))).toBe(true);
        const positions = (await t.db.forumSession.findMany({ where: { forumId: forum.id } })).map((s) => s.position).sort();
        expect(positions).toHaveLength(3);
        expect(new Set(positions).size).toBe(3);
        expect(positions.every((p) => p > 0)).toBe(true);
        // The audit log holds one event per move that happened.
        expect(await audits("forum.moveSession")).toHaveLength(3 + results.filter((r) => r === "moved").length);
      } finally {
        if (other !== t.db) await other.$disconnect();
      }
    });

    it("refuses new forum dates or a new host zone that would leave a timed session outside", async () => {
      const denpasar = await t.db.city.findUniqueOrThrow({ where: { slug: "denpasar" } });
      const edit = (raw: Record<string, string>) => forumFormSchema.parse({ ...base, slug: forum.slug, hostCityId: denpasar.id, ...raw });
      expect(await refusal(updateForum(t.db, secretariat, forum.id, edit({ startsOn: "2026-03-03" })))).toEqual({ code: "sessionsOutsideDates", field: "startsOn" });
      expect(await refusal(updateForum(t.db, secretariat, forum.id, edit({ endsOn: "2026-03-02" })))).toEqual({ code: "sessionsOutsideDates", field: "startsOn" });
      // The same instants read in another host city's zone (WIT) still fall within the days: allowed.
      const ambon = await t.db.city.findUniqueOrThrow({ where: { slug: "ambon" } }); // WIT
      await updateForum(t.db, secretariat, forum.id, edit({ hostCityId: ambon.id }));
      await updateForum(t.db, secretariat, forum.id, edit({}));
      expect((await t.db.forum.findUniqueOrThrow({ where: { id: forum.id } })).startsOn.toISOString().slice(0, 10)).toBe("2026-03-02");
    });
  });

  describe("speakers", () => {
    let first: string;
    let second: string;

    it("adds speakers at the end of a session, each audited", async () => {
      const a = await addSpeaker(t.db, secretariat, ids.opening, speaker({ name: "Wahdi Siradjuddin", role: "Wali Kota Metro", roleEn: "Mayor of Metro" }));
      const b = await addSpeaker(t.db, secretariat, ids.opening, speaker({ name: "Erik Setyo Santoso", role: "Sekretaris Daerah Kota Malang" }));
      [first, second] = [a.speaker.id, b.speaker.id];
      expect([a.speaker.position, b.speaker.position]).toEqual([1, 2]);
      expect(b.speaker.roleEn).toBeNull();
      expect(a.forum.slug).toBe(forum.slug);
      expect((await audits("forum.addSpeaker")).map((e) => JSON.parse(e.after!).name)).toEqual(["Narasumber Tetap", "Wahdi Siradjuddin", "Erik Setyo Santoso"]);
    });

    it("changes a speaker, keeping their place; moves them; refuses the ends", async () => {
      const { speaker: changed } = await updateSpeaker(t.db, secretariat, second, speaker({ name: "Erik Setyo Santoso", role: "Sekretaris Daerah Kota Malang", roleEn: "Regional Secretary of Malang" }));
      expect(changed).toMatchObject({ position: 2, roleEn: "Regional Secretary of Malang" });
      expect(JSON.parse((await audits("forum.updateSpeaker"))[0].before!)).toMatchObject({ roleEn: null });
      await moveSpeaker(t.db, secretariat, second, "up");
      const names = async () => (await t.db.sessionSpeaker.findMany({ where: { sessionId: ids.opening }, orderBy: { position: "asc" } })).map((s) => s.name);
      expect(await names()).toEqual(["Erik Setyo Santoso", "Wahdi Siradjuddin"]);
      expect(await refusal(moveSpeaker(t.db, secretariat, second, "up"))).toMatchObject({ code: "alreadyFirst" });
      expect(await refusal(moveSpeaker(t.db, secretariat, first, "down"))).toMatchObject({ code: "alreadyLast" });
      expect(JSON.parse((await audits("forum.moveSpeaker"))[0].after!)).toMatchObject({ speakerId: second, position: 1, swappedWith: first });
    });

    it("removes a speaker, the audit log keeping who it was; a second removal is refused", async () => {
      await removeSpeaker(t.db, secretariat, first);
      expect(await t.db.sessionSpeaker.findUnique({ where: { id: first } })).toBeNull();
      expect(JSON.parse((await audits("forum.removeSpeaker"))[0].before!)).toMatchObject({ id: first, name: "Wahdi Siradjuddin", sessionId: ids.opening });
      expect(await refusal(removeSpeaker(t.db, secretariat, first))).toMatchObject({ code: "speakerNotFound" });
      expect(await refusal(updateSpeaker(t.db, secretariat, first, speaker({ name: "Siapa", role: "Staf" })))).toMatchObject({ code: "speakerNotFound" });
      // The next speaker goes to the end, after the one left.
      const { speaker: next } = await addSpeaker(t.db, secretariat, ids.opening, speaker({ name: "Narasumber Ketiga", role: "Apeksi" }));
      expect(next.position).toBe(2);
    });

    it("refuses more speakers than a session may have", async () => {
      const { session: crowded } = await addSession(t.db, secretariat, forum.id, session({ title: "Sesi ramai" }));
      await t.db.sessionSpeaker.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ sessionId: crowded.id, position: i + 1, name: `Orang ${i}`, role: "Staf" })) });
      expect(await refusal(addSpeaker(t.db, secretariat, crowded.id, speaker({ name: "Satu lagi", role: "Staf" })))).toMatchObject({ code: "tooManySpeakers" });
      await removeSession(t.db, secretariat, crowded.id);
    });
  });

  describe("minutes", () => {
    it("sets, leaves alone and clears a session's minutes, audited only when they change", async () => {
      const text = minutesFormSchema.parse({ minutes: "Peserta membahas rencana aksi.\n\nDisepakati tiga langkah.", minutesEn: "Participants discussed the action plan." });
      await setSessionMinutes(t.db, secretariat, ids.opening, text);
      await setSessionMinutes(t.db, secretariat, ids.opening, text);
      const events = (await audits("forum.setSessionMinutes")).filter((e) => JSON.parse(e.after!).sessionId === ids.opening);
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0].before!)).toEqual({ sessionId: ids.opening, minutes: null, minutesEn: null });
      await setSessionMinutes(t.db, secretariat, ids.discussion, minutesFormSchema.parse({ minutes: "Sementara", minutesEn: "" }));
      await setSessionMinutes(t.db, secretariat, ids.discussion, minutesFormSchema.parse({ minutes: "", minutesEn: "" }));
      expect(await t.db.forumSession.findUniqueOrThrow({ where: { id: ids.discussion } })).toMatchObject({ minutes: null, minutesEn: null });
    });

    it("sets the forum's own minutes, audited", async () => {
      await setForumMinutes(t.db, secretariat, forum.id, minutesFormSchema.parse({ minutes: "Forum menyepakati rencana aksi.\n<b>bukan markup</b>", minutesEn: "" }));
      expect(await t.db.forum.findUniqueOrThrow({ where: { id: forum.id }, select: { minutes: true, minutesEn: true } })).toEqual({ minutes: "Forum menyepakati rencana aksi.\n<b>bukan markup</b>", minutesEn: null });
      const [event] = await audits("forum.setMinutes");
      expect(JSON.parse(event.before!)).toEqual({ minutes: null, minutesEn: null });
      expect(await refusal(setForumMinutes(t.db, secretariat, "cmxnotaforum", minutesFormSchema.parse({ minutes: "x" })))).toMatchObject({ code: "forumNotFound" });
    });
  });

  describe("removal and policy", () => {
    it("refuses to remove a session proposals name as their origin; removes one with its speakers otherwise", async () => {
      const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
      const proposal = await t.db.proposal.create({ data: { cityId: metro.id, title: "Usulan dari diskusi", forumId: forum.id, forumSessionId: ids.discussion, status: "SUBMITTED", submittedAt: new Date() } });
      expect(await refusal(removeSession(t.db, secretariat, ids.discussion))).toMatchObject({ code: "sessionHasProposals" });
      await t.db.proposal.delete({ where: { id: proposal.id } });
      const { session: extra } = await addSession(t.db, secretariat, forum.id, session({ title: "Sesi tambahan" }));
      await addSpeaker(t.db, secretariat, extra.id, speaker({ name: "Narasumber Tambahan", role: "Apeksi" }));
      await removeSession(t.db, secretariat, extra.id);
      expect(await t.db.sessionSpeaker.count({ where: { sessionId: extra.id } })).toBe(0);
      const removed = (await audits("forum.removeSession")).map((e) => JSON.parse(e.before!));
      expect(removed.at(-1)).toMatchObject({ id: extra.id, title: "Sesi tambahan", speakers: [{ name: "Narasumber Tambahan" }] });
      expect(await refusal(removeSession(t.db, secretariat, extra.id))).toMatchObject({ code: "sessionNotFound" });
    });

    it("is the stewards' only: a delegate and the board change nothing", async () => {
      const sessions = await t.db.forumSession.findMany({ where: { forumId: forum.id }, orderBy: { position: "asc" } });
      const auditCount = await t.db.auditEvent.count({ where: { entityId: forum.id } });
      const someSpeaker = (await t.db.sessionSpeaker.findFirstOrThrow({ where: { sessionId: ids.opening } })).id;
      for (const actor of [delegate, board]) {
        const attempts = [
          addSession(t.db, actor, forum.id, session({ title: "Sesi liar" })),
          updateSession(t.db, actor, ids.opening, session({ title: "Diubah" })),
          moveSession(t.db, actor, ids.talk, "up"),
          removeSession(t.db, actor, ids.talk),
          setSessionMinutes(t.db, actor, ids.opening, minutesFormSchema.parse({ minutes: "Bukan notulen" })),
          setForumMinutes(t.db, actor, forum.id, minutesFormSchema.parse({ minutes: "Bukan notulen" })),
          addSpeaker(t.db, actor, ids.opening, speaker({ name: "Penyusup", role: "Tidak ada" })),
          updateSpeaker(t.db, actor, someSpeaker, speaker({ name: "Penyusup", role: "Tidak ada" })),
          moveSpeaker(t.db, actor, someSpeaker, "down"),
          removeSpeaker(t.db, actor, someSpeaker),
        ];
        for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await t.db.forumSession.findMany({ where: { forumId: forum.id }, orderBy: { position: "asc" } })).toEqual(sessions);
      expect(await t.db.auditEvent.count({ where: { entityId: forum.id } })).toBe(auditCount);
    });

    it("opens the stewards' pages to stewards only, and finds a session or speaker only under its own forum", async () => {
      const q = await import("@/lib/forums/queries.server");
      const programme = await q.programmeForStewards(secretariat, forum.slug);
      if (programme.status !== "ok") throw new Error(programme.status);
      expect(programme.value.sessions.map((s) => s.title)).toEqual(await order());
      for (const actor of [delegate, board, null]) {
        expect((await q.programmeForStewards(actor, forum.slug)).status).toBe("forbidden");
        expect((await q.sessionForStewards(actor, forum.slug, ids.opening)).status).toBe("forbidden");
        expect((await q.forumMinutesForStewards(actor, forum.slug)).status).toBe("forbidden");
        expect((await q.forumHubForStewards(actor, forum.slug)).status).toBe("forbidden");
      }
      expect((await q.programmeForStewards(secretariat, "no-such-forum")).status).toBe("notFound");
      expect((await q.sessionForStewards(secretariat, forum.slug, ids.opening)).status).toBe("ok");
      expect((await q.sessionForStewards(secretariat, "forum-konsolidasi-malang-2023", ids.opening)).status).toBe("notFound");
      const sp = await t.db.sessionSpeaker.findFirstOrThrow({ where: { sessionId: ids.opening } });
      expect((await q.speakerForStewards(chair, forum.slug, ids.opening, sp.id)).status).toBe("ok");
      expect((await q.speakerForStewards(chair, forum.slug, ids.talk, sp.id)).status).toBe("notFound");
      const hub = await q.forumHubForStewards(chair, forum.slug);
      if (hub.status !== "ok") throw new Error(hub.status);
      expect(hub.value).toMatchObject({ speakers: 3, sessionsWithMinutes: 2, forum: { _count: { sessions: 3 } } });
      expect(hub.value.forum.minutes).toContain("rencana aksi");
    });
  });

  describe("the public forum page", () => {
    it("shows the programme in order with its speakers and minutes", async () => {
      const { forumPage } = await import("@/lib/forums/queries.server");
      const page = (await forumPage(forum.slug))!;
      expect(page.sessions.map((s) => s.title)).toEqual(await order());
      expect(page.sessions.find((s) => s.id === ids.opening)!.speakers.map((s) => s.name)).toEqual(["Erik Setyo Santoso", "Narasumber Ketiga"]);
      expect(page.minutes).toContain("Forum menyepakati");
    });

    it("lists what the forum produced as each visitor may see it", async () => {
      const { forumPage } = await import("@/lib/forums/queries.server");
      const city = async (slug: string) => (await t.db.city.findUniqueOrThrow({ where: { slug } })).id;
      const [metro, bandung] = [await city("metro"), await city("bandung")];
      const make = (cityId: string, title: string, status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "WITHDRAWN") =>
        t.db.proposal.create({ data: { cityId, title, status, forumId: forum.id, submittedAt: status === "DRAFT" ? null : new Date() } });
      await make(bandung, "Bandung terkirim", "SUBMITTED");
      await make(bandung, "Bandung draf", "DRAFT");
      await make(bandung, "Bandung ditarik", "WITHDRAWN");
      await make(metro, "Metro diterima", "ACCEPTED");
      await make(metro, "Metro draf", "DRAFT");
      await make(metro, "Metro ditarik", "WITHDRAWN");
      const item = (title: string, status: "DRAFT" | "PUBLISHED", priority: number) =>
        t.db.agendaItem.create({ data: { forumId: forum.id, title, description: "Uraian", level: "EVERY_CITY", status, priority } });
      await item("Butir terbit", "PUBLISHED", 9001);
      await item("Butir draf", "DRAFT", 9000);

      const titles = async (actor: TestActor | null) => {
        const { outputs } = (await forumPage(forum.slug, actor))!;
        return { proposals: outputs.proposals?.map((p) => p.title).sort() ?? null, items: outputs.agendaItems.map((i) => i.title), all: outputs.allProposalsHref };
      };
      expect(await titles(null)).toEqual({ proposals: null, items: ["Butir terbit"], all: null });
      // A delegate: other cities' sent proposals, and their own city's withdrawn one; never a draft.
      expect(await titles(delegate)).toEqual({ proposals: ["Bandung terkirim", "Metro diterima", "Metro ditarik"].sort(), items: ["Butir terbit"], all: `/proposals?forum=${forum.id}` });
      expect(await titles(board)).toEqual({ proposals: ["Bandung terkirim", "Metro diterima"].sort(), items: ["Butir terbit"], all: `/proposals?forum=${forum.id}` });
      // The reviewers also see withdrawn proposals and the draft items they work on, in agenda order.
      expect(await titles(chair)).toEqual({ proposals: ["Bandung ditarik", "Bandung terkirim", "Metro diterima", "Metro ditarik"].sort(), items: ["Butir draf", "Butir terbit"], all: `/proposals?forum=${forum.id}` });
      expect((await forumPage(forum.slug, chair))!.outputs.proposalCount).toBe(4);
    });
  });

  describe("server actions", () => {
    it("say each refusal at its field, keep what was typed, and go on to the session's page", async () => {
      const actions = await import("@/lib/forums/actions");
      await signInAs(secretariat.id);
      const bad = (await outcome(() => actions.addSessionAction(forum.id, idle, form({ kind: "TALK", title: "Sesi baru", titleEn: "", startsAt: "2026-02-31T09:00", endsAt: "" })))).value!;
      expect(bad.errors).toEqual({ startsAt: "Masukkan tanggal dan jam yang benar" });
      expect(bad.values).toMatchObject({ kind: "TALK", title: "Sesi baru", startsAt: "2026-02-31T09:00" });
      const outside = (await outcome(() => actions.addSessionAction(forum.id, idle, form({ kind: "TALK", title: "Sesi baru", startsAt: "2026-03-09T09:00", endsAt: "" })))).value!;
      expect(outside.errors).toEqual({ startsAt: "Waktu sesi harus berada di dalam tanggal forum (2026-03-02 – 2026-03-04)" });
      const backwards = (await outcome(() => actions.addSessionAction(forum.id, idle, form({ kind: "TALK", title: "Sesi baru", startsAt: "2026-03-03T10:00", endsAt: "2026-03-03T09:00" })))).value!;
      expect(backwards.errors).toEqual({ endsAt: "Waktu selesai harus sesudah waktu mulai" });
      const added = await outcome(() => actions.addSessionAction(forum.id, idle, form({ kind: "PLENARY", title: "Pleno penutup", startsAt: "2026-03-04T15:00", endsAt: "2026-03-04T16:00" })));
      const created = await t.db.forumSession.findFirstOrThrow({ where: { forumId: forum.id, title: "Pleno penutup" } });
      expect(added.redirect).toBe(`/manage/forums/${forum.slug}/sessions/${created.id}?saved=added`);

      const moved = await outcome(() => actions.moveSessionAction(created.id, idle, form({ direction: "up" })));
      expect(moved.redirect).toBe(`/manage/forums/${forum.slug}/programme?saved=moved#session-${created.id}`);
      const forged = (await outcome(() => actions.moveSessionAction(created.id, idle, form({ direction: "sideways" })))).value!;
      expect(forged.formError).toBe("Formulir ini tidak lengkap atau sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.");
      const speakerAdded = await outcome(() => actions.addSpeakerAction(created.id, idle, form({ name: "Narasumber Pleno", role: "Ketua Pokja", roleEn: "" })));
      expect(speakerAdded.redirect).toBe(`/manage/forums/${forum.slug}/sessions/${created.id}?saved=speakerAdded#speakers`);
      const tooLong = (await outcome(() => actions.setSessionMinutesAction(created.id, idle, form({ minutes: "x".repeat(10_001), minutesEn: "" })))).value!;
      expect(tooLong.errors).toEqual({ minutes: "Notulen paling banyak 10.000 karakter" });
      expect(tooLong.values.minutes).toHaveLength(10_001);
      expect((await outcome(() => actions.removeSessionAction(created.id, idle, form({}))))).toMatchObject({ redirect: `/manage/forums/${forum.slug}/programme?saved=removed` });

      await signInAs(delegate.id);
      const refused = (await outcome(() => actions.addSessionAction(forum.id, idle, form({ kind: "TALK", title: "Sesi delegasi" })))).value!;
      expect(refused.formError).toBe("Anda tidak memiliki izin untuk tindakan ini.");
      expect(await t.db.forumSession.count({ where: { forumId: forum.id, title: "Sesi delegasi" } })).toBe(0);
    });

    it("never fail on hostile forms, and whatever they store obeys the forms' rules", async () => {
      const actions = await import("@/lib/forums/actions");
      await signInAs(secretariat.id);
      const text = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v) ?? "");
      const asForm = (record: Record<string, unknown>) =>
        form(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? v.map(text) : text(v)])));
      const fields = ["kind", "title", "titleEn", "startsAt", "endsAt", "name", "role", "roleEn", "minutes", "minutesEn", "direction"];
      const survive = async (call: () => Promise<unknown>) => {
        const result = await outcome(call);
        expect(result.redirect !== undefined || typeof result.value === "object").toBe(true);
      };
      const target = fc.constantFrom(ids.opening, ids.talk, "cmxnotanid", "'; DROP TABLE x;--");
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: 8 }), target, async (record, id) => {
          const fd = () => asForm(record);
          await survive(() => actions.addSessionAction(forum.id, idle, fd()));
          await survive(() => actions.updateSessionAction(id, idle, fd()));
          await survive(() => actions.moveSessionAction(id, idle, fd()));
          await survive(() => actions.setSessionMinutesAction(id, idle, fd()));
          await survive(() => actions.setForumMinutesAction(forum.id, idle, fd()));
          await survive(() => actions.addSpeakerAction(id, idle, fd()));
          await survive(() => actions.moveSpeakerAction(id, idle, fd()));
        }),
        { numRuns: 25 },
      );
      const sessions = await t.db.forumSession.findMany({ where: { forumId: forum.id }, include: { speakers: true } });
      const stored = [
        ...sessions.flatMap((s) => [s.title, s.titleEn, s.minutes, s.minutesEn, ...s.speakers.flatMap((sp) => [sp.name, sp.role, sp.roleEn])]),
        ...Object.values(await t.db.forum.findUniqueOrThrow({ where: { id: forum.id }, select: { minutes: true, minutesEn: true } })),
      ].filter((v): v is string => typeof v === "string");
      for (const value of stored) {
        expect(value.length).toBeLessThanOrEqual(PROGRAMME_LIMITS.minutes);
        expect(containsForbiddenCharacters(value), JSON.stringify(value)).toBe(false);
      }
      for (const s of sessions) {
        expect(s.title.length).toBeGreaterThanOrEqual(3);
        if (s.endsAt) expect(s.startsAt!.getTime()).toBeLessThan(s.endsAt.getTime());
      }
      expect(new Set(sessions.map((s) => s.position)).size).toBe(sessions.length);
    });
  });
});
