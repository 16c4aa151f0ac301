// The published national agenda, as anyone may read it: published items only, no personal data.
// Counts come from the database; the page reads one page of items at a time.
import { filesOf } from "@/lib/attachments/queries.server";
import { cityCoordinates } from "@/lib/cities/queries.server";
import { z } from "zod";
import { Prisma as P } from "@/generated/sqlite/client";
import { REGIONS, type RegionCode } from "@/lib/cities/constants";
import { filterId, verifiedFlag } from "@/lib/reports/schemas";
import { publicItemProgress } from "@/lib/commitments/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { pageCount, pageParam } from "@/lib/paging";
import { allThemes } from "@/lib/themes/queries.server";
import type { ZoneCode } from "@/lib/format/zones";
import { AGENDA_LEVELS, type AGENDA_OWNERS } from "./schemas";

type AgendaLevel = (typeof AGENDA_LEVELS)[number];
type AgendaOwner = (typeof AGENDA_OWNERS)[number];

const PUBLIC_AGENDA_PAGE_SIZE = 50;

/** An agenda item's dates are read in its forum's host city's zone; Apeksi's own (Jakarta) otherwise. */
export const agendaZone = (hostZone: ZoneCode | null | undefined): ZoneCode => hostZone ?? "WIB";

export const publicAgendaFilterSchema = z.object({
  forum: filterId,
  theme: filterId,
  region: z.enum(REGIONS).optional().catch(undefined),
  level: z.enum(AGENDA_LEVELS).optional().catch(undefined),
  /** By priority (the agenda's order) or grouped by theme. */
  view: z.enum(["priority", "theme"]).catch("priority"),
  /** Implementation by verified reports only (`verified=1`). */
  verified: verifiedFlag,
  page: pageParam,
});
type PublicAgendaFilter = z.infer<typeof publicAgendaFilterSchema>;

type City = { name: string; slug: string; region: RegionCode };
type Filter = Partial<PublicAgendaFilter>;

/** Conditions on published agenda item `a` for the filters in force. */
function conditions(f: Filter) {
  return P.sql`a."status" = 'PUBLISHED'${f.forum ? P.sql` AND a."forumId" = ${f.forum}` : P.empty}${f.theme ? P.sql` AND a."themeId" = ${f.theme}` : P.empty}${f.level ? P.sql` AND CAST(a."level" AS TEXT) = ${f.level}` : P.empty}${
    // An item belongs to a region when at least one of its backing cities is in it.
    f.region ? P.sql` AND EXISTS (SELECT 1 FROM "AgendaSource" s JOIN "Proposal" p ON p."id" = s."proposalId" JOIN "City" c ON c."id" = p."cityId" WHERE s."agendaItemId" = a."id" AND CAST(c."region" AS TEXT) = ${f.region})` : P.empty}`;
}

/**
 * The SQL behind each page of the agenda: three statements per page whatever its length. Exported so
 * `npm run bench` can time the same statements raw.
 */
export const agendaSql = {
  counts: (f: Filter) => P.sql`
    SELECT (SELECT COUNT(*) FROM "AgendaItem" a WHERE ${conditions(f)}) AS "total",
      (SELECT COUNT(*) FROM "City" WHERE "membershipStatus" = 'MEMBER') AS "members"`,
  /** One page of items with their rank among all published items and their number of sources. */
  page: (f: Filter, limit: number, offset: number) => P.sql`
    SELECT a."id" AS "id", a."title" AS "title", a."titleEn" AS "titleEn", a."description" AS "description", a."descriptionEn" AS "descriptionEn", CAST(a."level" AS TEXT) AS "level",
      CAST(a."owner" AS TEXT) AS "owner", a."publishedAt" AS "publishedAt", r."rank" AS "rank",
      t."id" AS "themeId", t."nameId" AS "themeNameId", t."nameEn" AS "themeNameEn", CAST(hc."timeZone" AS TEXT) AS "zone",
      (SELECT COUNT(*) FROM "AgendaSource" s WHERE s."agendaItemId" = a."id") AS "sourceCount"
    FROM "AgendaItem" a
    JOIN (SELECT x."id" AS "id", ROW_NUMBER() OVER (ORDER BY x."priority", x."id") AS "rank" FROM "AgendaItem" x WHERE x."status" = 'PUBLISHED') r ON r."id" = a."id"
    LEFT JOIN "Theme" t ON t."id" = a."themeId"
    LEFT JOIN "Forum" fo ON fo."id" = a."forumId"
    LEFT JOIN "City" hc ON hc."id" = fo."hostCityId"
    WHERE ${conditions(f)}
    ORDER BY ${f.view === "theme" ? P.sql`CASE WHEN t."nameId" IS NULL THEN 1 ELSE 0 END, t."nameId", ` : P.empty}a."priority", a."id"
    LIMIT ${limit} OFFSET ${offset}`,
  /** The distinct backing cities of the items on a page. */
  cities: (ids: string[]) => P.sql`
    SELECT DISTINCT s."agendaItemId" AS "agendaItemId", c."name" AS "name", c."slug" AS "slug", CAST(c."region" AS TEXT) AS "region"
    FROM "AgendaSource" s JOIN "Proposal" p ON p."id" = s."proposalId" JOIN "City" c ON c."id" = p."cityId"
    WHERE s."agendaItemId" IN (${P.join(ids)})`,
};

type PageRow = {
  id: string; title: string; titleEn: string | null; description: string; descriptionEn: string | null; level: AgendaLevel; owner: AgendaOwner; publishedAt: Date | string | null; rank: bigint | number;
  themeId: string | null; themeNameId: string | null; themeNameEn: string | null; sourceCount: bigint | number; zone: ZoneCode | null;
};

async function page(db: Db, f: Filter, limit: number, offset: number) {
  const rows = await db.$queryRaw<PageRow[]>(agendaSql.page(f, limit, offset));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [pairs, progress] = await Promise.all([db.$queryRaw<(City & { agendaItemId: string })[]>(agendaSql.cities(ids)), publicItemProgress(db, ids, f.verified)]);
  const cities = new Map<string, City[]>();
  for (const { agendaItemId, ...city } of pairs) cities.set(agendaItemId, [...(cities.get(agendaItemId) ?? []), city]);
  return rows.map((r) => {
    const list = (cities.get(r.id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
    return {
      id: r.id, title: r.title, titleEn: r.titleEn, description: r.description, descriptionEn: r.descriptionEn, level: r.level, owner: r.owner,
      // SQLite hands raw DateTime columns back as ISO text, PostgreSQL as a Date.
      publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
      zone: agendaZone(r.zone),
      rank: Number(r.rank), sourceCount: Number(r.sourceCount),
      theme: r.themeId ? { id: r.themeId, nameId: r.themeNameId ?? "", nameEn: r.themeNameEn ?? "" } : null,
      cities: list, regions: [...new Set(list.map((c) => c.region))],
      // Implementation as aggregates only: how many committed cities are at each stage (by their verified
      // reports with `verified`), and how many have their latest report verified.
      progress: progress.get(r.id) ?? null,
    };
  });
}

export async function publishedAgenda(db: Db, f: PublicAgendaFilter, pageSize = PUBLIC_AGENDA_PAGE_SIZE) {
  const [counts] = await db.$queryRaw<{ total: bigint | number; members: bigint | number }[]>(agendaSql.counts(f));
  const total = Number(counts.total);
  const pages = pageCount(total, pageSize);
  const current = Math.min(f.page, pages);
  const items = total ? await page(db, f, pageSize, (current - 1) * pageSize) : [];
  return { members: Number(counts.members), total, page: current, pages, items };
}
export type PublishedAgendaItem = Awaited<ReturnType<typeof publishedAgenda>>["items"][number];

export async function countPublishedAgenda(db: Db, f: Filter) {
  const [counts] = await db.$queryRaw<{ total: bigint | number }[]>(agendaSql.counts(f));
  return Number(counts.total);
}

/** Every published item matching the filters, a page at a time, for the exports. */
export async function* publishedAgendaAll(db: Db, f: Filter) {
  for (let offset = 0; ; offset += 200) {
    const items = await page(db, f, 200, offset);
    yield* items;
    if (items.length < 200) return;
  }
}

export async function publishedItem(db: Db, id: string) {
  return db.agendaItem.findFirst({
    // A closed item stays readable: the edition that holds it links here.
    where: { id, status: { in: ["PUBLISHED", "CLOSED"] } },
    select: {
      id: true, title: true, titleEn: true, description: true, descriptionEn: true, level: true, owner: true, indicators: true, publishedAt: true,
      status: true, closedAt: true, closedReason: true, cycleYear: true,
      editionItems: { orderBy: { edition: { cycleYear: "asc" } }, select: { position: true, edition: { select: { cycleYear: true } } } },
      theme: { select: { nameId: true, nameEn: true } },
      forum: { select: { title: true, titleEn: true, slug: true, hostCity: { select: { timeZone: true } } } },
      milestones: { orderBy: { position: "asc" }, select: { title: true, dueOn: true } },
      sources: {
        orderBy: { proposal: { city: { name: "asc" } } },
        select: {
          proposal: {
            select: {
              id: true, title: true, scope: true, city: { select: { name: true, slug: true, region: true } },
              // Cities that endorsed a source back the item too: a city's public act, not personal data.
              endorsements: { where: { withdrawnAt: null }, orderBy: { city: { name: "asc" } }, select: { city: { select: { name: true, slug: true } } } },
            },
          },
        },
      },
    },
  });
}

// Page queries of the public agenda (no personal data, published items only).

/** One page of the published agenda, with what its filters offer. */
export async function agendaPage(f: PublicAgendaFilter) {
  const db = getDb();
  const [agenda, options] = await Promise.all([publishedAgenda(db, f), publicFilterOptions(db)]);
  return { ...agenda, options };
}

/** A published item with its aggregate implementation; null when it does not exist or is not published. */
export async function publishedItemPage(id: string) {
  const db = getDb();
  const item = await publishedItem(db, id);
  if (!item) return null;
  // Every city's place, for the map that picks out the backing cities among them.
  const [progress, files, places] = await Promise.all([publicItemProgress(db, [item.id]), filesOf(db, "agendaItem", item.id), cityCoordinates(db)]);
  return { item, progress: progress.get(item.id) ?? null, files, places };
}

async function publicFilterOptions(db: Db) {
  const [forums, themes] = await Promise.all([
    db.forum.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, titleEn: true } }),
    allThemes(db),
  ]);
  return { forums, themes };
}
