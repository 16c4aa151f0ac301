import { filesOf } from "@/lib/attachments/queries.server";
import { listCityOptions } from "@/lib/cities/queries.server";
import { getDb, type Db, type Prisma } from "@/lib/db.server";
import { AGENDA_STATUSES, PARTICIPATION_STATUSES, type ParticipationStatus } from "@/lib/domain/enums";
import { can, forbidden, granted, notFound, proposalStatusesVisibleTo, type Actor } from "@/lib/policy/policy";
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
      cycle: { select: { year: true, edition: { select: { id: true } } } },
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
export async function forumPage(slug: string, actor: Actor = null) {
  const db = getDb();
  const forum = await getForumPage(db, slug);
  if (!forum) return null;
  const [files, outputs] = await Promise.all([filesOf(db, "forum", forum.id), forumOutputs(db, actor, forum.id)]);
  return { ...forum, cities: citiesByStatus(forum.attendances), files, outputs };
}

/** A forum's title for the page's metadata, without reading the rest of it. */
export async function forumTitle(slug: string) {
  return getDb().forum.findUnique({ where: { slug }, select: { title: true, titleEn: true } });
}

/** How many proposals a forum's page lists; the list of proposals filtered by the forum holds them all. */
const FORUM_PROPOSALS_SHOWN = 50;
/** More agenda items than one forum produces: a bound on the page, not a rule. */
const FORUM_AGENDA_ITEMS_SHOWN = 200;

/**
 * What came of a forum, as the visitor may see it (lib/policy): the proposals sent to it (never a
 * draft; another city's only in the statuses the policy shows), and the agenda items it produced
 * (published ones for everybody, the rest for the stewards who work on them). `proposals` is null
 * when the visitor may read no proposal at all (not signed in).
 */
async function forumOutputs(db: Db, actor: Actor, forumId: string) {
  const statuses = proposalStatusesVisibleTo(actor);
  const ownCity = actor?.role === "DELEGATE" ? actor.cityId : null;
  const itemStatuses = AGENDA_STATUSES.filter((status) => can(actor, "agenda.view", { status }));
  const mayReadProposals = statuses.length > 0 || Boolean(ownCity);
  const where: Prisma.ProposalWhereInput = {
    forumId,
    status: { not: "DRAFT" },
    OR: [{ status: { in: [...statuses] } }, ...(ownCity ? [{ cityId: ownCity }] : [])],
  };
  const [proposals, proposalCount, agendaItems] = await Promise.all([
    mayReadProposals
      ? db.proposal.findMany({
          where,
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          take: FORUM_PROPOSALS_SHOWN,
          select: { id: true, title: true, status: true, cityId: true, isDemo: true, city: { select: { name: true, slug: true } }, forumSession: { select: { title: true, titleEn: true } } },
        })
      : [],
    mayReadProposals ? db.proposal.count({ where }) : 0,
    itemStatuses.length
      ? db.agendaItem.findMany({
          where: { forumId, status: { in: itemStatuses } },
          orderBy: [{ priority: "asc" }, { id: "asc" }],
          take: FORUM_AGENDA_ITEMS_SHOWN,
          select: { id: true, title: true, titleEn: true, status: true, level: true },
        })
      : [],
  ]);
  return {
    // Each row through the policy as well: the query narrows, the policy decides.
    proposals: mayReadProposals ? proposals.filter((p) => can(actor, "proposal.view", { cityId: p.cityId, status: p.status })) : null,
    proposalCount,
    /** The list of every city's sent proposals, filtered by this forum, when the visitor may open it. */
    allProposalsHref: can(actor, "proposal.browse") ? `/proposals?forum=${encodeURIComponent(forumId)}` : null,
    agendaItems: agendaItems.filter((i) => can(actor, "agenda.view", { status: i.status })),
  };
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

// The forum's management pages: the hub, the programme, one session, one speaker, the minutes.

/**
 * A forum's management hub for the stewards: what the forum holds, each part with the page that keeps
 * it (each link still shown only to whom the policy allows its action).
 */
export async function forumHubForStewards(actor: Actor, slug: string) {
  if (!can(actor, "manage.view")) return forbidden;
  const db = getDb();
  const forum = await db.forum.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, titleEn: true, isDemo: true, startsOn: true, endsOn: true, venue: true,
      submissionOpensAt: true, submissionClosesAt: true, minutes: true, minutesEn: true,
      hostCity: { select: { name: true, timeZone: true } },
      _count: { select: { sessions: true, participants: true } },
    },
  });
  if (!forum) return notFound;
  const [speakers, sessionsWithMinutes, counts, files] = await Promise.all([
    db.sessionSpeaker.count({ where: { session: { forumId: forum.id } } }),
    db.forumSession.count({ where: { forumId: forum.id, minutes: { not: null } } }),
    participationCounts(db, [forum.id]),
    filesOf(db, "forum", forum.id),
  ]);
  return granted({ forum, speakers, sessionsWithMinutes, cities: counts.get(forum.id)!, files });
}

const programmeForum = { id: true, slug: true, title: true, titleEn: true, startsOn: true, endsOn: true, hostCity: { select: { timeZone: true } } } as const;

/** A forum's programme for the stewards: its sessions in order, each with its speakers in order. */
export async function programmeForStewards(actor: Actor, slug: string) {
  if (!can(actor, "forum.manageProgramme")) return forbidden;
  const forum = await getDb().forum.findUnique({
    where: { slug },
    select: { ...programmeForum, sessions: { orderBy: { position: "asc" }, include: { speakers: { orderBy: { position: "asc" } } } } },
  });
  return forum ? granted(forum) : notFound;
}

/** One session of a forum with its speakers, for its page; not found unless it is on that forum. */
export async function sessionForStewards(actor: Actor, slug: string, sessionId: string) {
  if (!can(actor, "forum.manageProgramme")) return forbidden;
  const session = await getDb().forumSession.findUnique({
    where: { id: sessionId },
    include: { forum: { select: programmeForum }, speakers: { orderBy: { position: "asc" } }, _count: { select: { proposals: true } } },
  });
  return session && session.forum.slug === slug ? granted(session) : notFound;
}

/** One speaker of a session, for their edit page; not found unless under that forum and session. */
export async function speakerForStewards(actor: Actor, slug: string, sessionId: string, speakerId: string) {
  if (!can(actor, "forum.manageProgramme")) return forbidden;
  const speaker = await getDb().sessionSpeaker.findUnique({
    where: { id: speakerId },
    include: { session: { select: { id: true, title: true, titleEn: true, forum: { select: { slug: true, title: true, titleEn: true } } } } },
  });
  return speaker && speaker.sessionId === sessionId && speaker.session.forum.slug === slug ? granted(speaker) : notFound;
}

/** The forum's own minutes for their form, with which sessions have minutes of their own. */
export async function forumMinutesForStewards(actor: Actor, slug: string) {
  if (!can(actor, "forum.manageProgramme")) return forbidden;
  const forum = await getDb().forum.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, titleEn: true, minutes: true, minutesEn: true,
      sessions: { orderBy: { position: "asc" }, select: { id: true, title: true, titleEn: true, minutes: true } },
    },
  });
  return forum ? granted(forum) : notFound;
}
