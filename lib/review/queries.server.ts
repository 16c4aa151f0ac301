import type { Db } from "@/lib/db.server";
import { fingerprint } from "@/lib/proposals/similarity";
import type { QueueFilter } from "./schemas";

export const QUEUE_PAGE_SIZE = 25;

function where(f: QueueFilter) {
  const words = f.q ? fingerprint(f.q).split(" ").filter(Boolean) : [];
  return {
    status: f.status ? f.status : { not: "DRAFT" as const },
    ...(f.forum ? { forumId: f.forum } : {}),
    ...(f.city ? { cityId: f.city } : {}),
    ...(f.region ? { city: { region: f.region } } : {}),
    ...(f.theme ? { themeId: f.theme } : {}),
    ...(f.scope ? { scope: f.scope } : {}),
    // Text search on the stored stems, so that it ignores case and affixes on both databases.
    ...(words.length ? { AND: words.map((w) => ({ fingerprint: { contains: w } })) } : {}),
  };
}

const ORDER = {
  newest: [{ submittedAt: "desc" as const }, { id: "asc" as const }],
  oldest: [{ submittedAt: "asc" as const }, { id: "asc" as const }],
  title: [{ title: "asc" as const }, { id: "asc" as const }],
  city: [{ city: { name: "asc" as const } }, { submittedAt: "desc" as const }],
};

/** One page of the review queue and the total, both computed by the database. */
export async function reviewQueue(db: Db, f: QueueFilter) {
  const w = where(f);
  const [rows, total] = await Promise.all([
    db.proposal.findMany({
      where: w,
      orderBy: ORDER[f.sort],
      skip: (f.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, title: true, status: true, scope: true, submittedAt: true, version: true, isDemo: true,
        city: { select: { name: true, region: true, timeZone: true } },
        theme: { select: { nameId: true, nameEn: true } },
        forum: { select: { title: true, titleEn: true } },
        agendaSources: { select: { agendaItem: { select: { id: true, title: true } } } },
        _count: { select: { endorsements: { where: { withdrawnAt: null } } } },
      },
    }),
    db.proposal.count({ where: w }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

export async function queueFilterOptions(db: Db) {
  const [forums, cities, themes] = await Promise.all([
    db.forum.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, titleEn: true } }),
    db.city.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.theme.findMany({ orderBy: { position: "asc" }, select: { id: true, nameId: true, nameEn: true } }),
  ]);
  return { forums, cities, themes };
}
