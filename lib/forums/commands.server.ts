// Writes to forums, each in one transaction with its audit event.
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { dateOnlyToUtc, localDayBounds, localToUtc, utcToDateOnly, type ZoneCode } from "@/lib/format/zones";
import type { ForumInput, WindowInput } from "./schemas";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";

type Actor = NonNullable<PolicyActor>;

async function hostZone(tx: Tx, hostCityId: string | undefined | null): Promise<ZoneCode> {
  if (!hostCityId) return "WIB";
  const city = await tx.city.findUnique({ where: { id: hostCityId }, select: { timeZone: true } });
  if (!city) throw new DomainError("hostCityUnknown", "hostCityId");
  return city.timeZone;
}

async function assertCitiesExist(tx: Tx, ids: string[]) {
  if (!ids.length) return;
  const found = await tx.city.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new DomainError("attendingCityUnknown", "attendingCityIds");
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

async function writeObjectivesAndAttendance(tx: Tx, forumId: string, input: ForumInput) {
  await tx.forumObjective.deleteMany({ where: { forumId } });
  await tx.forumAttendance.deleteMany({ where: { forumId } });
  if (input.objectives.length) {
    await tx.forumObjective.createMany({ data: input.objectives.map((text, i) => ({ forumId, position: i + 1, text })) });
  }
  const cityIds = [...new Set(input.attendingCityIds)];
  if (cityIds.length) await tx.forumAttendance.createMany({ data: cityIds.map((cityId) => ({ forumId, cityId })) });
}

export async function createForum(db: Db, actor: Actor, input: ForumInput) {
  assertCan(actor, "forum.create");
  try {
    return await db.$transaction(async (tx) => {
      await hostZone(tx, input.hostCityId);
      await assertCitiesExist(tx, input.attendingCityIds);
      if (await tx.forum.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new DomainError("slugTaken", "slug");
      const forum = await tx.forum.create({ data: forumData(input) });
      await writeObjectivesAndAttendance(tx, forum.id, input);
      await recordAudit(tx, { actorId: actor.id, action: "forum.create", entityType: "Forum", entityId: forum.id, after: { ...forum, objectives: input.objectives, attendingCityIds: input.attendingCityIds } });
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
        include: { objectives: { orderBy: { position: "asc" } }, attendances: { select: { cityId: true } } },
      });
      if (!before) throw new DomainError("forumNotFound");
      const zone = await hostZone(tx, input.hostCityId);
      await assertCitiesExist(tx, input.attendingCityIds);
      const other = await tx.forum.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (other && other.id !== forumId) throw new DomainError("slugTaken", "slug");
      const data = forumData(input);
      // New dates must still contain an existing submission window.
      assertWindowWithinDates({ opensAt: before.submissionOpensAt, closesAt: before.submissionClosesAt }, data, zone, "startsOn");
      const after = await tx.forum.update({ where: { id: forumId }, data });
      await writeObjectivesAndAttendance(tx, forumId, input);
      await recordAudit(tx, {
        actorId: actor.id, action: "forum.update", entityType: "Forum", entityId: forumId,
        before: { ...before, objectives: before.objectives.map((o) => o.text), attendances: before.attendances.map((a) => a.cityId) },
        after: { ...after, objectives: input.objectives, attendingCityIds: input.attendingCityIds },
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
