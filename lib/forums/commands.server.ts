// Writes to forums, each in one transaction with its audit event.
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { dateOnlyToUtc, localDayBounds, localToUtc, utcToDateOnly, type ZoneCode } from "@/lib/format/zones";
import type { CityParticipation, ForumInput, ParticipantInput, WindowInput } from "./schemas";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";

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
    await tx.forumObjective.createMany({ data: input.objectives.map((text, i) => ({ forumId, position: i + 1, text })) });
  }
}

export async function createForum(db: Db, actor: Actor, input: ForumInput) {
  assertCan(actor, "forum.create");
  try {
    return await db.$transaction(async (tx) => {
      await hostZone(tx, input.hostCityId);
      if (await tx.forum.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new DomainError("slugTaken", "slug");
      const forum = await tx.forum.create({ data: forumData(input) });
      await writeObjectives(tx, forum.id, input);
      await recordAudit(tx, { actorId: actor.id, action: "forum.create", entityType: "Forum", entityId: forum.id, after: { ...forum, objectives: input.objectives } });
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
      const after = await tx.forum.update({ where: { id: forumId }, data });
      await writeObjectives(tx, forumId, input);
      await recordAudit(tx, {
        actorId: actor.id, action: "forum.update", entityType: "Forum", entityId: forumId,
        before: { ...before, objectives: before.objectives.map((o) => o.text) },
        after: { ...after, objectives: input.objectives },
      });
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
