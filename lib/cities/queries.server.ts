import type { Db } from "@/lib/db.server";
import type { MembershipCode } from "./constants";
import type { DirectoryFilter } from "./schemas";

const where = (f: DirectoryFilter) => ({
  ...(f.region ? { region: f.region } : {}),
  ...(f.province ? { province: f.province } : {}),
  ...(f.membership ? { membershipStatus: f.membership } : {}),
});

export async function listCities(db: Db, filter: DirectoryFilter) {
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

export async function listProvinces(db: Db): Promise<string[]> {
  const rows = await db.city.findMany({ distinct: ["province"], select: { province: true }, orderBy: { province: "asc" } });
  return rows.map((r) => r.province);
}

export async function getCityBySlug(db: Db, slug: string) {
  return db.city.findUnique({ where: { slug } });
}

/** Everything the public city page shows, in four queries whatever the history's length. */
export async function getCityPage(db: Db, slug: string) {
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
  const [delegates, proposalsByStatus, forums, progressReports] = await Promise.all([
    db.user.count({ where: { cityId: city.id, role: "DELEGATE", active: true } }),
    // Drafts are private to the city: never counted on a public page.
    db.proposal.groupBy({ by: ["status"], where: { cityId: city.id, status: { not: "DRAFT" } }, _count: { _all: true } }),
    db.forumAttendance.findMany({
      where: { cityId: city.id },
      select: { forum: { select: { slug: true, title: true, titleEn: true, startsOn: true } } },
      orderBy: { forum: { startsOn: "desc" } },
    }),
    // Commitments by their latest status, counted by the database; not-applicable ones apart.
    db.commitment.groupBy({ by: ["status", "notApplicable"], where: { cityId: city.id, agendaItem: { status: "PUBLISHED" } }, _count: { _all: true } }),
  ]);
  return {
    city,
    delegates,
    proposalsByStatus: proposalsByStatus.map((r) => ({ status: r.status, count: r._count._all })),
    forums: forums.map((f) => f.forum),
    commitments: progressReports.map((r) => ({ status: r.status, notApplicable: r.notApplicable, count: r._count._all })),
  };
}

export async function listCityOptions(db: Db) {
  return db.city.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, membershipStatus: true, timeZone: true } });
}
