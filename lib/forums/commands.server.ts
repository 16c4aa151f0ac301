// Writes to forums, each in one transaction with its audit event.
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { dateOnlyToUtc, localDayBounds, localToUtc, utcToDateOnly, type ZoneCode } from "@/lib/format/zones";
import type { CityParticipation, Direction, ForumInput, MinutesInput, ParticipantInput, SessionInput, SpeakerInput, WindowInput } from "./schemas";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";
import { reindex } from "@/lib/search/index.server";
import { ensureCycle } from "@/lib/cycles/commands.server";

type Actor = NonNullable<PolicyActor>;

async function hostZone(tx: Tx, hostCityId: string | undefined | null): Promise<ZoneCode> {
  if (!hostCityId) return "WIB";
  const city = await tx.city.findUnique({ where: { id: hostCityId }, select: { timeZone: true } });
  if (!city) throw new DomainError("hostCityUnknown", "hostCityId");
  return city.timeZone;
}

function assertWindowWithinDates(
  window: { opensAt: Date | null; closesAt: Date | null },
  forum: { startsOn: Date; endsOn: Date },
  zone: ZoneCode,
  field: string,
) {
  if (!window.opensAt || !window.closesAt) return;
  const { from, until } = localDayBounds(forum.startsOn, forum.endsOn, zone);
  if (window.opensAt < from || window.closesAt > until) {
    throw new DomainError("windowOutsideDates", field, { start: utcToDateOnly(forum.startsOn), end: utcToDateOnly(forum.endsOn) });
  }
}

const forumData = (input: ForumInput) => ({
  title: input.title,
  titleEn: input.titleEn ?? null,
  slug: input.slug,
  venue: input.venue,
  hostCityId: input.hostCityId ?? null,
  startsOn: dateOnlyToUtc(input.startsOn),
  endsOn: dateOnlyToUtc(input.endsOn),
  summary: input.summary ?? null,
  summaryEn: input.summaryEn ?? null,
});

async function writeObjectives(tx: Tx, forumId: string, input: ForumInput) {
  await tx.forumObjective.deleteMany({ where: { forumId } });
  if (input.objectives.length) {
    await tx.forumObjective.createMany({ data: input.objectives.map((text, i) => ({ forumId, position: i + 1, text, textEn: input.objectivesEn[i] || null })) });
  }
}

export async function createForum(db: Db, actor: Actor, input: ForumInput) {
  assertCan(actor, "forum.create");
  try {
    return await db.$transaction(async (tx) => {
      await hostZone(tx, input.hostCityId);
      if (await tx.forum.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new DomainError("slugTaken", "slug");
      const data = forumData(input);
      // A forum belongs to the cycle (year) of its first day.
      const forum = await tx.forum.create({ data: { ...data, cycleYear: await ensureCycle(tx, data.startsOn.getUTCFullYear()) } });
      await writeObjectives(tx, forum.id, input);
      await recordAudit(tx, { actorId: actor.id, action: "forum.create", entityType: "Forum", entityId: forum.id, after: { ...forum, objectives: input.objectives, objectivesEn: input.objectivesEn } });
      await reindex(tx, { kind: "FORUM", id: forum.id });
      return forum;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slugTaken", "slug");
    throw error;
  }
}

export async function updateForum(db: Db, actor: Actor, forumId: string, input: ForumInput) {
  assertCan(actor, "forum.update");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.forum.findUnique({
        where: { id: forumId },
        include: { objectives: { orderBy: { position: "asc" } } },
      });
      if (!before) throw new DomainError("forumNotFound");
      const zone = await hostZone(tx, input.hostCityId);
      const other = await tx.forum.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (other && other.id !== forumId) throw new DomainError("slugTaken", "slug");
      const data = forumData(input);
      // New dates must still contain an existing submission window.
      assertWindowWithinDates({ opensAt: before.submissionOpensAt, closesAt: before.submissionClosesAt }, data, zone, "startsOn");
      const after = await tx.forum.update({ where: { id: forumId }, data: { ...data, cycleYear: await ensureCycle(tx, data.startsOn.getUTCFullYear()) } });
      // And every timed session of the programme, read once the update holds the forum's row (a
      // session being added meanwhile is then either seen here or waits for these dates).
      await assertSessionsWithinDates(tx, forumId, data, zone);
      await writeObjectives(tx, forumId, input);
      await recordAudit(tx, {
        actorId: actor.id, action: "forum.update", entityType: "Forum", entityId: forumId,
        before: { ...before, objectives: before.objectives.map((o) => o.text), objectivesEn: before.objectives.map((o) => o.textEn) },
        after: { ...after, objectives: input.objectives, objectivesEn: input.objectivesEn },
      });
      await reindex(tx, { kind: "FORUM", id: forumId });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slugTaken", "slug");
    throw error;
  }
}

/** Sets (or clears, with both empty) the window in which cities may submit proposals to the forum. */
export async function setSubmissionWindow(db: Db, actor: Actor, forumId: string, input: WindowInput) {
  assertCan(actor, "forum.setSubmissionWindow");
  return db.$transaction(async (tx) => {
    const forum = await tx.forum.findUnique({ where: { id: forumId }, include: { hostCity: { select: { timeZone: true } } } });
    if (!forum) throw new DomainError("forumNotFound");
    const zone = forum.hostCity?.timeZone ?? "WIB";
    const opensAt = input.submissionOpensAt ? localToUtc(input.submissionOpensAt, zone) : null;
    const closesAt = input.submissionClosesAt ? localToUtc(input.submissionClosesAt, zone) : null;
    assertWindowWithinDates({ opensAt, closesAt }, forum, zone, "submissionOpensAt");
    const after = await tx.forum.update({ where: { id: forumId }, data: { submissionOpensAt: opensAt, submissionClosesAt: closesAt } });
    await recordAudit(tx, {
      actorId: actor.id, action: "forum.setSubmissionWindow", entityType: "Forum", entityId: forumId,
      before: { submissionOpensAt: forum.submissionOpensAt, submissionClosesAt: forum.submissionClosesAt },
      after: { submissionOpensAt: opensAt, submissionClosesAt: closesAt },
    });
    return after;
  });
}

/** Ends an open window now; the window stays on record with its new closing time. */
export async function closeSubmissionsNow(db: Db, actor: Actor, forumId: string, now = new Date()) {
  assertCan(actor, "forum.setSubmissionWindow");
  return db.$transaction(async (tx) => {
    const forum = await tx.forum.findUnique({ where: { id: forumId } });
    if (!forum) throw new DomainError("forumNotFound");
    if (!forum.submissionOpensAt || !forum.submissionClosesAt || now < forum.submissionOpensAt || now >= forum.submissionClosesAt) {
      throw new DomainError("windowNotOpen");
    }
    const after = await tx.forum.update({ where: { id: forumId }, data: { submissionClosesAt: now } });
    await recordAudit(tx, {
      actorId: actor.id, action: "forum.closeSubmissions", entityType: "Forum", entityId: forumId,
      before: { submissionClosesAt: forum.submissionClosesAt }, after: { submissionClosesAt: now },
    });
    return after;
  });
}

// Participation: cities and people. Audited on the forum (entity Forum), so a forum's whole record
// is one filter of the audit log; a person's id is in the event's before/after.

/** The most cities one participation form may name (more than any directory holds). */
const MAX_PARTICIPATION_ROWS = 2000;

/**
 * Sets each named city's place in the forum: a status (with its note) or none (not involved). Only
 * the cities whose status or note changed are written and audited, so two people saving the form
 * for different cities do not undo each other. Cities the form does not name are left as they are.
 */
export async function setCityParticipation(db: Db, actor: Actor, forumId: string, rows: CityParticipation[]) {
  assertCan(actor, "forum.manageParticipation");
  return db.$transaction(async (tx) => {
    const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { id: true, slug: true } });
    if (!forum) throw new DomainError("forumNotFound");
    const byCity = new Map(rows.map((r) => [r.cityId, r]));
    if (byCity.size > MAX_PARTICIPATION_ROWS) throw new DomainError("cityUnknown");
    const cities = await tx.city.findMany({ where: { id: { in: [...byCity.keys()] } }, select: { id: true, name: true } });
    if (cities.length !== byCity.size) throw new DomainError("cityUnknown");
    const names = new Map(cities.map((c) => [c.id, c.name]));
    const existing = new Map((await tx.forumAttendance.findMany({ where: { forumId } })).map((a) => [a.cityId, a]));
    const before: { cityId: string; city: string; status: string; note: string | null }[] = [];
    const after: typeof before = [];
    for (const row of byCity.values()) {
      const old = existing.get(row.cityId);
      if ((old?.status ?? null) === row.status && (old?.note ?? null) === row.note) continue;
      const city = names.get(row.cityId)!;
      if (old) before.push({ cityId: row.cityId, city, status: old.status, note: old.note });
      if (row.status) after.push({ cityId: row.cityId, city, status: row.status, note: row.note });
      if (!row.status) await tx.forumAttendance.delete({ where: { forumId_cityId: { forumId, cityId: row.cityId } } });
      else {
        await tx.forumAttendance.upsert({
          where: { forumId_cityId: { forumId, cityId: row.cityId } },
          create: { forumId, cityId: row.cityId, status: row.status, note: row.note },
          update: { status: row.status, note: row.note },
        });
      }
    }
    const changed = new Set([...before, ...after].map((r) => r.cityId)).size;
    if (changed) await recordAudit(tx, { actorId: actor.id, action: "forum.setParticipation", entityType: "Forum", entityId: forumId, before, after });
    return { forum, changed };
  });
}

async function assertCityExists(tx: Tx, cityId: string | undefined) {
  if (cityId && !(await tx.city.findUnique({ where: { id: cityId }, select: { id: true } }))) throw new DomainError("cityUnknown", "cityId");
}

const participantData = (input: ParticipantInput) => ({
  name: input.name, jobTitle: input.jobTitle, office: input.office, cityId: input.cityId ?? null, status: input.status,
});

/** Adds a person at the end of the forum's attendance list. */
export async function addParticipant(db: Db, actor: Actor, forumId: string, input: ParticipantInput) {
  assertCan(actor, "forum.manageParticipation");
  // Two people added at once may take the same next position: the loser tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { id: true, slug: true } });
        if (!forum) throw new DomainError("forumNotFound");
        await assertCityExists(tx, input.cityId);
        const last = await tx.forumParticipant.aggregate({ where: { forumId }, _max: { position: true } });
        const participant = await tx.forumParticipant.create({ data: { forumId, position: (last._max.position ?? 0) + 1, ...participantData(input) } });
        await recordAudit(tx, { actorId: actor.id, action: "forum.addParticipant", entityType: "Forum", entityId: forumId, after: participant });
        return { forum, participant };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Changes a person's entry on a forum's attendance list (its place in the list stays). */
export async function updateParticipant(db: Db, actor: Actor, participantId: string, input: ParticipantInput) {
  assertCan(actor, "forum.manageParticipation");
  return db.$transaction(async (tx) => {
    const before = await tx.forumParticipant.findUnique({ where: { id: participantId }, include: { forum: { select: { id: true, slug: true } } } });
    if (!before) throw new DomainError("participantNotFound");
    await assertCityExists(tx, input.cityId);
    const { forum, ...old } = before;
    const participant = await tx.forumParticipant.update({ where: { id: participantId }, data: participantData(input) });
    await recordAudit(tx, { actorId: actor.id, action: "forum.updateParticipant", entityType: "Forum", entityId: forum.id, before: old, after: participant });
    return { forum, participant };
  });
}

/** Removes a person from a forum's attendance list; the audit log keeps what was removed. */
export async function removeParticipant(db: Db, actor: Actor, participantId: string) {
  assertCan(actor, "forum.manageParticipation");
  return db.$transaction(async (tx) => {
    const before = await tx.forumParticipant.findUnique({ where: { id: participantId }, include: { forum: { select: { id: true, slug: true } } } });
    if (!before) throw new DomainError("participantNotFound");
    const { forum, ...old } = before;
    await tx.forumParticipant.delete({ where: { id: participantId } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.removeParticipant", entityType: "Forum", entityId: forum.id, before: old });
    return { forum };
  });
}

// The programme: sessions in order, each with its speakers in order, and the minutes. Audited on the
// forum (entity Forum) like participation. Every write first locks the forum's row, so positions are
// read and rewritten by one writer at a time and the unique (forum, position) pairs never collide.

/** More sessions or speakers than any forum has: a form repeated by accident, not a programme. */
const MAX_SESSIONS = 100;
const MAX_SPEAKERS = 50;

/**
 * The forum, locked until the transaction ends: touching its row makes a concurrent programme write
 * on PostgreSQL wait here and then read what this one left (SQLite has one writer at a time anyway).
 */
async function lockForum(tx: Tx, forumId: string) {
  const { count } = await tx.forum.updateMany({ where: { id: forumId }, data: { updatedAt: new Date() } });
  if (!count) throw new DomainError("forumNotFound");
  return tx.forum.findUniqueOrThrow({
    where: { id: forumId },
    select: { id: true, slug: true, startsOn: true, endsOn: true, hostCity: { select: { timeZone: true } } },
  });
}

/** A session and its forum, locked; not found when either is gone. */
async function lockedSession(tx: Tx, sessionId: string) {
  const found = await tx.forumSession.findUnique({ where: { id: sessionId }, select: { forumId: true } });
  if (!found) throw new DomainError("sessionNotFound");
  const forum = await lockForum(tx, found.forumId);
  const session = await tx.forumSession.findUnique({ where: { id: sessionId } });
  if (!session) throw new DomainError("sessionNotFound");
  return { forum, session };
}

/** A speaker with their session and its forum, locked; not found when any of them is gone. */
async function lockedSpeaker(tx: Tx, speakerId: string) {
  const found = await tx.sessionSpeaker.findUnique({ where: { id: speakerId }, select: { session: { select: { forumId: true } } } });
  if (!found) throw new DomainError("speakerNotFound");
  const forum = await lockForum(tx, found.session.forumId);
  const speaker = await tx.sessionSpeaker.findUnique({ where: { id: speakerId } });
  if (!speaker) throw new DomainError("speakerNotFound");
  return { forum, speaker };
}

type Bounded = { startsOn: Date; endsOn: Date };

/** A session's local times as instants in the host city's zone, refused unless within the forum's days. */
function sessionTimes(input: SessionInput, forum: Bounded, zone: ZoneCode) {
  const startsAt = input.startsAt ? localToUtc(input.startsAt, zone) : null;
  const endsAt = input.endsAt ? localToUtc(input.endsAt, zone) : null;
  const { from, until } = localDayBounds(forum.startsOn, forum.endsOn, zone);
  const dates = { start: utcToDateOnly(forum.startsOn), end: utcToDateOnly(forum.endsOn) };
  if (startsAt && (startsAt < from || startsAt >= until)) throw new DomainError("sessionOutsideDates", "startsAt", dates);
  if (endsAt && endsAt > until) throw new DomainError("sessionOutsideDates", "endsAt", dates);
  return { startsAt, endsAt };
}

/** New forum dates (or a new host city's zone) must still hold every timed session. */
async function assertSessionsWithinDates(tx: Tx, forumId: string, forum: Bounded, zone: ZoneCode) {
  const { from, until } = localDayBounds(forum.startsOn, forum.endsOn, zone);
  const outside = await tx.forumSession.findFirst({
    where: { forumId, OR: [{ startsAt: { lt: from } }, { startsAt: { gte: until } }, { endsAt: { gt: until } }] },
    orderBy: { position: "asc" },
    select: { title: true },
  });
  if (outside) throw new DomainError("sessionsOutsideDates", "startsOn", { session: outside.title });
}

/**
 * Swaps two rows' positions without ever holding one position twice: the first steps aside to its
 * negated position (positions start at 1, and the forum's lock keeps anyone else from doing the same).
 */
async function swapPositions(update: (id: string, position: number) => Promise<unknown>, a: { id: string; position: number }, b: { id: string; position: number }) {
  await update(a.id, -a.position);
  await update(b.id, a.position);
  await update(a.id, b.position);
}

const sessionData = (input: SessionInput, times: { startsAt: Date | null; endsAt: Date | null }) => ({
  kind: input.kind, title: input.title, titleEn: input.titleEn ?? null, ...times,
});

/** Adds a session at the end of the forum's programme. */
export async function addSession(db: Db, actor: Actor, forumId: string, input: SessionInput) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const forum = await lockForum(tx, forumId);
    const last = await tx.forumSession.aggregate({ where: { forumId }, _max: { position: true }, _count: { _all: true } });
    if (last._count._all >= MAX_SESSIONS) throw new DomainError("tooManySessions", undefined, { max: MAX_SESSIONS });
    const times = sessionTimes(input, forum, forum.hostCity?.timeZone ?? "WIB");
    const session = await tx.forumSession.create({ data: { forumId, position: (last._max.position ?? 0) + 1, ...sessionData(input, times) } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.addSession", entityType: "Forum", entityId: forumId, after: session });
    return { forum, session };
  });
}

/** Changes a session's kind, titles and times; its place, speakers and minutes stay. */
export async function updateSession(db: Db, actor: Actor, sessionId: string, input: SessionInput) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, session: before } = await lockedSession(tx, sessionId);
    const times = sessionTimes(input, forum, forum.hostCity?.timeZone ?? "WIB");
    const session = await tx.forumSession.update({ where: { id: sessionId }, data: sessionData(input, times) });
    await recordAudit(tx, { actorId: actor.id, action: "forum.updateSession", entityType: "Forum", entityId: forum.id, before, after: session });
    return { forum, session };
  });
}

/** Moves a session one place up or down the programme, swapping it with its neighbour. */
export async function moveSession(db: Db, actor: Actor, sessionId: string, direction: Direction) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, session } = await lockedSession(tx, sessionId);
    const neighbour = await tx.forumSession.findFirst({
      where: { forumId: forum.id, position: direction === "up" ? { lt: session.position } : { gt: session.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) throw new DomainError(direction === "up" ? "alreadyFirst" : "alreadyLast");
    await swapPositions((id, position) => tx.forumSession.update({ where: { id }, data: { position } }), session, neighbour);
    await recordAudit(tx, {
      actorId: actor.id, action: "forum.moveSession", entityType: "Forum", entityId: forum.id,
      before: { sessionId, position: session.position }, after: { sessionId, position: neighbour.position, swappedWith: neighbour.id },
    });
    return { forum, session: { ...session, position: neighbour.position } };
  });
}

/**
 * Removes a session with its speakers and minutes; the audit log keeps them. A session proposals name
 * as where they came from stays: removing it would erase that provenance.
 */
export async function removeSession(db: Db, actor: Actor, sessionId: string) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, session } = await lockedSession(tx, sessionId);
    const proposals = await tx.proposal.count({ where: { forumSessionId: sessionId } });
    if (proposals) throw new DomainError("sessionHasProposals", undefined, { count: proposals });
    const speakers = await tx.sessionSpeaker.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
    await tx.forumSession.delete({ where: { id: sessionId } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.removeSession", entityType: "Forum", entityId: forum.id, before: { ...session, speakers } });
    return { forum };
  });
}

/** Sets (or clears) a session's minutes; nothing is written or audited when they did not change. */
export async function setSessionMinutes(db: Db, actor: Actor, sessionId: string, input: MinutesInput) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, session } = await lockedSession(tx, sessionId);
    const before = { minutes: session.minutes, minutesEn: session.minutesEn };
    const after = { minutes: input.minutes ?? null, minutesEn: input.minutesEn ?? null };
    if (before.minutes !== after.minutes || before.minutesEn !== after.minutesEn) {
      await tx.forumSession.update({ where: { id: sessionId }, data: after });
      await recordAudit(tx, { actorId: actor.id, action: "forum.setSessionMinutes", entityType: "Forum", entityId: forum.id, before: { sessionId, ...before }, after: { sessionId, ...after } });
    }
    return { forum, session: { ...session, ...after } };
  });
}

/** Sets (or clears) the forum's own minutes; nothing is written or audited when they did not change. */
export async function setForumMinutes(db: Db, actor: Actor, forumId: string, input: MinutesInput) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const forum = await lockForum(tx, forumId);
    const current = await tx.forum.findUniqueOrThrow({ where: { id: forumId }, select: { minutes: true, minutesEn: true } });
    const after = { minutes: input.minutes ?? null, minutesEn: input.minutesEn ?? null };
    if (current.minutes !== after.minutes || current.minutesEn !== after.minutesEn) {
      await tx.forum.update({ where: { id: forumId }, data: after });
      await recordAudit(tx, { actorId: actor.id, action: "forum.setMinutes", entityType: "Forum", entityId: forumId, before: current, after });
      await reindex(tx, { kind: "FORUM", id: forumId });
    }
    return { forum };
  });
}

const speakerData = (input: SpeakerInput) => ({ name: input.name, role: input.role, roleEn: input.roleEn ?? null });

/** Adds a speaker at the end of a session's speakers. */
export async function addSpeaker(db: Db, actor: Actor, sessionId: string, input: SpeakerInput) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, session } = await lockedSession(tx, sessionId);
    const last = await tx.sessionSpeaker.aggregate({ where: { sessionId }, _max: { position: true }, _count: { _all: true } });
    if (last._count._all >= MAX_SPEAKERS) throw new DomainError("tooManySpeakers", undefined, { max: MAX_SPEAKERS });
    const speaker = await tx.sessionSpeaker.create({ data: { sessionId, position: (last._max.position ?? 0) + 1, ...speakerData(input) } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.addSpeaker", entityType: "Forum", entityId: forum.id, after: speaker });
    return { forum, session, speaker };
  });
}

/** Changes a speaker's name and role; their place among the session's speakers stays. */
export async function updateSpeaker(db: Db, actor: Actor, speakerId: string, input: SpeakerInput) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, speaker: before } = await lockedSpeaker(tx, speakerId);
    const speaker = await tx.sessionSpeaker.update({ where: { id: speakerId }, data: speakerData(input) });
    await recordAudit(tx, { actorId: actor.id, action: "forum.updateSpeaker", entityType: "Forum", entityId: forum.id, before, after: speaker });
    return { forum, speaker };
  });
}

/** Moves a speaker one place up or down their session's speakers. */
export async function moveSpeaker(db: Db, actor: Actor, speakerId: string, direction: Direction) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, speaker } = await lockedSpeaker(tx, speakerId);
    const neighbour = await tx.sessionSpeaker.findFirst({
      where: { sessionId: speaker.sessionId, position: direction === "up" ? { lt: speaker.position } : { gt: speaker.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) throw new DomainError(direction === "up" ? "alreadyFirst" : "alreadyLast");
    await swapPositions((id, position) => tx.sessionSpeaker.update({ where: { id }, data: { position } }), speaker, neighbour);
    await recordAudit(tx, {
      actorId: actor.id, action: "forum.moveSpeaker", entityType: "Forum", entityId: forum.id,
      before: { speakerId, sessionId: speaker.sessionId, position: speaker.position },
      after: { speakerId, sessionId: speaker.sessionId, position: neighbour.position, swappedWith: neighbour.id },
    });
    return { forum, speaker: { ...speaker, position: neighbour.position } };
  });
}

/** Removes a speaker from a session; the audit log keeps who was removed. */
export async function removeSpeaker(db: Db, actor: Actor, speakerId: string) {
  assertCan(actor, "forum.manageProgramme");
  return db.$transaction(async (tx) => {
    const { forum, speaker } = await lockedSpeaker(tx, speakerId);
    await tx.sessionSpeaker.delete({ where: { id: speakerId } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.removeSpeaker", entityType: "Forum", entityId: forum.id, before: speaker });
    return { forum, speaker };
  });
}
