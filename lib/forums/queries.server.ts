import { filesOf } from "@/lib/attachments/queries.server";
import { listCityOptions } from "@/lib/cities/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { PARTICIPATION_STATUSES, type ParticipationStatus } from "@/lib/domain/enums";
import { can, forbidden, granted, notFound, type Actor } from "@/lib/policy/policy";
import type { ZoneCode } from "@/lib/format/zones";
import { malangForum } from "@/lib/seed/forum";

type ParticipationCounts = Record<ParticipationStatus, number>;
const noCounts = (): ParticipationCounts => Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, 0])) as ParticipationCounts;

/** Cities per status in each of the forums, counted by the database (GROUP BY). */
async function participationCounts(db: Db, forumIds: string[]): Promise<Map<string, ParticipationCounts>> {
  const counts = new Map(forumIds.map((id) => [id, noCounts()]));
  if (!forumIds.length) return counts;
  const rows = await db.forumAttendance.groupBy({ by: ["forumId", "status"], where: { forumId: { in: forumIds } }, _count: { _all: true } });
  for (const r of rows) counts.get(r.forumId)![r.status] = r._count._all;
  return counts;
}

async function listForums(db: Db) {
  const forums = await db.forum.findMany({
    orderBy: { startsOn: "desc" },
    select: {
      id: true, slug: true, title: true, titleEn: true, venue: true, startsOn: true, endsOn: true, isDemo: true,
      submissionOpensAt: true, submissionClosesAt: true,
      hostCity: { select: { name: true, timeZone: true } },
      _count: { select: { sessions: true } },
    },
  });
  const counts = await participationCounts(db, forums.map((f) => f.id));
  return forums.map((f) => ({ ...f, cities: counts.get(f.id)! }));
}

async function getForumPage(db: Db, slug: string) {
  return db.forum.findUnique({
    where: { slug },
    include: {
      hostCity: { select: { id: true, name: true, slug: true, timeZone: true } },
      objectives: { orderBy: { position: "asc" } },
      sessions: { orderBy: { position: "asc" }, include: { speakers: { orderBy: { position: "asc" } } } },
      attendances: {
        select: { status: true, note: true, city: { select: { id: true, name: true, slug: true, region: true, membershipStatus: true } } },
        orderBy: { city: { name: "asc" } },
      },
      participants: { orderBy: { position: "asc" }, include: { city: { select: { name: true, slug: true } } } },
    },
  });
}

type Attendance = NonNullable<Awaited<ReturnType<typeof getForumPage>>>["attendances"][number];
type CityAtForum = Attendance["city"] & { note: string | null };

/** The forum's cities by their place in it, each list by name. */
function citiesByStatus(attendances: Attendance[]): Record<ParticipationStatus, CityAtForum[]> {
  const lists = Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, [] as CityAtForum[]])) as Record<ParticipationStatus, CityAtForum[]>;
  for (const a of attendances) lists[a.status].push({ ...a.city, note: a.note });
  return lists;
}

export const forumZone = (forum: { hostCity: { timeZone: string } | null }): ZoneCode =>
  (forum.hostCity?.timeZone as ZoneCode | undefined) ?? "WIB";

type SubmissionWindowState = "none" | "upcoming" | "open" | "closed";

export function submissionWindowState(
  forum: { submissionOpensAt: Date | null; submissionClosesAt: Date | null },
  now = new Date(),
): SubmissionWindowState {
  if (!forum.submissionOpensAt || !forum.submissionClosesAt) return "none";
  if (now < forum.submissionOpensAt) return "upcoming";
  return now < forum.submissionClosesAt ? "open" : "closed";
}

// Page queries: forums are public.
export const forumsPage = () => listForums(getDb());
/**
 * A forum's public page with its documents (minutes, presentations, attendance lists), its cities by
 * their place in it (attended, invited, absent) and its attendance list of people; null if unknown.
 */
export async function forumPage(slug: string) {
  const db = getDb();
  const forum = await getForumPage(db, slug);
  return forum && { ...forum, cities: citiesByStatus(forum.attendances), files: await filesOf(db, "forum", forum.id) };
}

/**
 * What the home page says of the forum the working group's agenda started from (the Malang forum of
 * 28 February 2023): how many cities attended and how many were invited, as its record says; null
 * when the database holds no such forum.
 */
export async function originForumSummary() {
  const db = getDb();
  const forum = await db.forum.findUnique({ where: { slug: malangForum.slug }, select: { id: true, slug: true } });
  if (!forum) return null;
  const counts = (await participationCounts(db, [forum.id])).get(forum.id)!;
  return { slug: forum.slug, attended: counts.ATTENDED, invited: counts.INVITED };
}

/** A forum for one of the stewards' forms, with the cities its form offers. */
export async function forumForStewards(actor: Actor, slug: string, action: "forum.update" | "forum.setSubmissionWindow") {
  if (!can(actor, action)) return forbidden;
  const db = getDb();
  const [forum, cities] = await Promise.all([getForumPage(db, slug), listCityOptions(db)]);
  return forum ? granted({ forum, cities }) : notFound;
}

/**
 * The forum's participation page for the stewards: every city with its place in the forum (none:
 * not involved), and the people on its attendance list.
 */
export async function participationForStewards(actor: Actor, slug: string) {
  if (!can(actor, "forum.manageParticipation")) return forbidden;
  const db = getDb();
  const forum = await db.forum.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, titleEn: true,
      attendances: { select: { cityId: true, status: true, note: true } },
      participants: { orderBy: { position: "asc" }, include: { city: { select: { name: true } } } },
    },
  });
  if (!forum) return notFound;
  const cities = await db.city.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, region: true, membershipStatus: true } });
  const places = new Map(forum.attendances.map((a) => [a.cityId, a]));
  return granted({
    forum: { id: forum.id, slug: forum.slug, title: forum.title, titleEn: forum.titleEn },
    cities: cities.map((c) => ({ ...c, status: places.get(c.id)?.status ?? null, note: places.get(c.id)?.note ?? null })),
    participants: forum.participants,
  });
}

/** One person on a forum's attendance list, for its edit page; not found unless it is on that forum. */
export async function participantForStewards(actor: Actor, slug: string, participantId: string) {
  if (!can(actor, "forum.manageParticipation")) return forbidden;
  const db = getDb();
  const [participant, cities] = await Promise.all([
    db.forumParticipant.findUnique({ where: { id: participantId }, include: { forum: { select: { id: true, slug: true, title: true, titleEn: true } } } }),
    listCityOptions(db),
  ]);
  return participant && participant.forum.slug === slug ? granted({ participant, cities }) : notFound;
}
