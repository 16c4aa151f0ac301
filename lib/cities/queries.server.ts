import { scorecardHistory } from "@/lib/commitments/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { PROGRESS_STATUSES, type ProgressStatus } from "@/lib/domain/enums";
import { can, forbidden, granted, notFound, type Action, type Actor } from "@/lib/policy/policy";
import type { MembershipCode } from "./constants";
import type { DirectoryFilter } from "./schemas";

const where = (f: DirectoryFilter) => ({
  ...(f.region ? { region: f.region } : {}),
  ...(f.province ? { province: f.province } : {}),
  ...(f.membership ? { membershipStatus: f.membership } : {}),
});

async function listCities(db: Db, filter: DirectoryFilter) {
  return db.city.findMany({
    where: where(filter),
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, province: true, region: true, timeZone: true, membershipStatus: true, latitude: true, longitude: true },
  });
}

/** Members, invited and former members among the cities matching region/province (not status). */
export async function membershipCounts(db: Db, filter: DirectoryFilter): Promise<Record<MembershipCode, number>> {
  const rows = await db.city.groupBy({ by: ["membershipStatus"], where: where({ ...filter, membership: undefined }), _count: { _all: true } });
  const counts: Record<MembershipCode, number> = { INVITED: 0, MEMBER: 0, LEFT: 0 };
  for (const r of rows) counts[r.membershipStatus] = r._count._all;
  return counts;
}

async function listProvinces(db: Db): Promise<string[]> {
  const rows = await db.city.findMany({ distinct: ["province"], select: { province: true }, orderBy: { province: "asc" } });
  return rows.map((r) => r.province);
}

async function getCityBySlug(db: Db, slug: string) {
  return db.city.findUnique({ where: { slug } });
}

/**
 * The city's commitments to published items, counted by the database (GROUP BY): per stage, the
 * latest report's status, or with `verified` the status of the latest report the secretariat verified
 * (none counts as not started). Not-applicable ones apart; `verified` counts the applicable ones whose
 * latest report is verified.
 */
async function commitmentCounts(db: Db, cityId: string, verifiedOnly: boolean) {
  const where = { cityId, agendaItem: { status: "PUBLISHED" as const } };
  const groups = verifiedOnly
    ? (await db.commitment.groupBy({ by: ["verifiedStatus", "notApplicable", "currentVerified"], where, _count: { _all: true } }))
      .map((r) => ({ status: r.verifiedStatus ?? "NOT_STARTED", notApplicable: r.notApplicable, currentVerified: r.currentVerified, count: r._count._all }))
    : (await db.commitment.groupBy({ by: ["status", "notApplicable", "currentVerified"], where, _count: { _all: true } }))
      .map((r) => ({ status: r.status, notApplicable: r.notApplicable, currentVerified: r.currentVerified, count: r._count._all }));
  const byStatus = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  let notApplicable = 0;
  let verified = 0;
  for (const g of groups) {
    if (g.notApplicable) notApplicable += g.count;
    else {
      byStatus[g.status] += g.count;
      if (g.currentVerified) verified += g.count;
    }
  }
  return { byStatus, total: PROGRESS_STATUSES.reduce((n, s) => n + byStatus[s], 0), notApplicable, verified, verifiedOnly };
}

/** Everything the public city page shows, in four queries whatever the history's length. */
async function getCityPage(db: Db, slug: string, options: { verified?: boolean } = {}) {
  const city = await db.city.findUnique({
    where: { slug },
    include: {
      membershipChanges: {
        orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, fromStatus: true, toStatus: true, effectiveOn: true, reason: true, createdAt: true, changedBy: { select: { name: true } } },
      },
    },
  });
  if (!city) return null;
  const [delegates, proposalsByStatus, forums, commitments] = await Promise.all([
    db.user.count({ where: { cityId: city.id, role: "DELEGATE", active: true } }),
    // Drafts are private to the city: never counted on a public page.
    db.proposal.groupBy({ by: ["status"], where: { cityId: city.id, status: { not: "DRAFT" } }, _count: { _all: true } }),
    // Every forum the city has a place in: attended, invited (attendance not recorded) or absent.
    db.forumAttendance.findMany({
      where: { cityId: city.id },
      select: { status: true, note: true, forum: { select: { slug: true, title: true, titleEn: true, startsOn: true } } },
      orderBy: { forum: { startsOn: "desc" } },
    }),
    commitmentCounts(db, city.id, options.verified === true),
  ]);
  return {
    city,
    delegates,
    proposalsByStatus: proposalsByStatus.map((r) => ({ status: r.status, count: r._count._all })),
    forums: forums.map(({ forum, status, note }) => ({ ...forum, status, note })),
    commitments,
  };
}

/** Every city with its coordinates, for the maps of the reports and the agenda (one query, any page). */
export async function cityCoordinates(db: Db) {
  return db.city.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, membershipStatus: true, latitude: true, longitude: true } });
}
export type CityCoordinates = Awaited<ReturnType<typeof cityCoordinates>>[number];

export async function listCityOptions(db: Db) {
  return db.city.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, membershipStatus: true, timeZone: true } });
}

// Page queries. The directory and city pages are public: cities and their membership are public
// facts; drafts and people are never on them.

export async function directory(filter: DirectoryFilter) {
  const db = getDb();
  const [cities, counts, provinces] = await Promise.all([listCities(db, filter), membershipCounts(db, filter), listProvinces(db)]);
  return { cities, counts, provinces };
}

/** The public city page with its scorecard history; null for an unknown city. `verified`: verified figures only. */
export async function cityPage(slug: string, options: { verified?: boolean } = {}) {
  const db = getDb();
  const page = await getCityPage(db, slug, options);
  return page ? { ...page, scorecard: await scorecardHistory(db, page.city.id) } : null;
}

export async function cityName(slug: string): Promise<string | null> {
  return (await getDb().city.findUnique({ where: { slug }, select: { name: true } }))?.name ?? null;
}

/** A city for one of the stewards' forms (`action`: city.update or city.changeMembership). */
export async function cityForStewards(actor: Actor, slug: string, action: "city.update" | "city.changeMembership") {
  if (!can(actor, action)) return forbidden;
  const city = await getCityBySlug(getDb(), slug);
  return city ? granted(city) : notFound;
}

/** Every city for a select field of a steward's form; null for anyone who may not `action`. */
export async function cityOptionsFor(actor: Actor, action: Action) {
  return can(actor, action) ? listCityOptions(getDb()) : null;
}
