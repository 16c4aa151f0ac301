// The published national agenda, as anyone may read it: published items only, no personal data.
// Counts come from the database; the page reads one page of items at a time.
import { z } from "zod";
import { Prisma as P } from "@/generated/sqlite/client";
import { REGIONS, type RegionCode } from "@/lib/cities/constants";
import type { Db, Prisma } from "@/lib/db.server";
import { backingCounts } from "./queries.server";
import { AGENDA_LEVELS } from "./schemas";

export const PUBLIC_AGENDA_PAGE_SIZE = 50;

const id = z.string().trim().regex(/^[a-z0-9_-]{1,40}$/i).optional().catch(undefined);

export const publicAgendaFilterSchema = z.object({
  forum: id,
  theme: id,
  region: z.enum(REGIONS).optional().catch(undefined),
  level: z.enum(AGENDA_LEVELS).optional().catch(undefined),
  /** By priority (the agenda's order) or grouped by theme. */
  view: z.enum(["priority", "theme"]).catch("priority"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type PublicAgendaFilter = z.infer<typeof publicAgendaFilterSchema>;

function where(f: Partial<PublicAgendaFilter>): Prisma.AgendaItemWhereInput {
  return {
    status: "PUBLISHED",
    ...(f.forum ? { forumId: f.forum } : {}),
    ...(f.theme ? { themeId: f.theme } : {}),
    ...(f.level ? { level: f.level } : {}),
    // An item belongs to a region when at least one of its backing cities is in it.
    ...(f.region ? { sources: { some: { proposal: { city: { region: f.region } } } } } : {}),
  };
}

const itemSelect = {
  id: true, title: true, description: true, level: true, owner: true, publishedAt: true, priority: true,
  theme: { select: { id: true, nameId: true, nameEn: true } },
} satisfies Prisma.AgendaItemSelect;

type City = { name: string; slug: string; region: RegionCode };

/** Rank among published items (1 = first priority), distinct backing cities and source counts. */
async function decorate<T extends { id: string }>(db: Db, items: T[]) {
  const ids = items.map((i) => i.id);
  if (ids.length === 0) return [];
  const [ranks, pairs, counts] = await Promise.all([
    db.$queryRaw<{ id: string; rank: bigint | number }[]>`
      SELECT r."id" AS "id", r."rank" AS "rank" FROM (
        SELECT a."id" AS "id", ROW_NUMBER() OVER (ORDER BY a."priority", a."id") AS "rank" FROM "AgendaItem" a WHERE a."status" = 'PUBLISHED'
      ) r WHERE r."id" IN (${P.join(ids)})`,
    db.$queryRaw<(City & { agendaItemId: string })[]>`
      SELECT DISTINCT s."agendaItemId" AS "agendaItemId", c."name" AS "name", c."slug" AS "slug", CAST(c."region" AS TEXT) AS "region"
      FROM "AgendaSource" s JOIN "Proposal" p ON p."id" = s."proposalId" JOIN "City" c ON c."id" = p."cityId"
      WHERE s."agendaItemId" IN (${P.join(ids)})`,
    backingCounts(db, ids),
  ]);
  const rank = new Map(ranks.map((r) => [r.id, Number(r.rank)]));
  const cities = new Map<string, City[]>();
  for (const { agendaItemId, ...city } of pairs) cities.set(agendaItemId, [...(cities.get(agendaItemId) ?? []), city]);
  return items.map((item) => {
    const list = (cities.get(item.id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
    return { ...item, rank: rank.get(item.id) ?? 0, cities: list, regions: [...new Set(list.map((c) => c.region))], sourceCount: counts.get(item.id)?.sources ?? 0 };
  });
}

function order(f: Partial<PublicAgendaFilter>): Prisma.AgendaItemOrderByWithRelationInput[] {
  return f.view === "theme" ? [{ theme: { nameId: "asc" } }, { priority: "asc" }, { id: "asc" }] : [{ priority: "asc" }, { id: "asc" }];
}

export async function publishedAgenda(db: Db, f: PublicAgendaFilter, pageSize = PUBLIC_AGENDA_PAGE_SIZE) {
  const [total, members] = await Promise.all([db.agendaItem.count({ where: where(f) }), db.city.count({ where: { membershipStatus: "MEMBER" } })]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(f.page, pages);
  const items = await db.agendaItem.findMany({ where: where(f), orderBy: order(f), skip: (page - 1) * pageSize, take: pageSize, select: itemSelect });
  return { members, total, page, pages, items: await decorate(db, items) };
}
export type PublishedAgendaItem = Awaited<ReturnType<typeof publishedAgenda>>["items"][number];

export function countPublishedAgenda(db: Db, f: Partial<PublicAgendaFilter>) {
  return db.agendaItem.count({ where: where(f) });
}

/** Every published item matching the filters, a page at a time, for the exports. */
export async function* publishedAgendaAll(db: Db, f: Partial<PublicAgendaFilter>) {
  for (let skip = 0; ; skip += 200) {
    const items = await db.agendaItem.findMany({ where: where(f), orderBy: order(f), skip, take: 200, select: itemSelect });
    yield* await decorate(db, items);
    if (items.length < 200) return;
  }
}

export async function publishedItem(db: Db, id: string) {
  return db.agendaItem.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      id: true, title: true, description: true, level: true, owner: true, indicators: true, publishedAt: true,
      theme: { select: { nameId: true, nameEn: true } },
      forum: { select: { title: true, titleEn: true, slug: true } },
      milestones: { orderBy: { position: "asc" }, select: { title: true, dueOn: true } },
      sources: {
        orderBy: { proposal: { city: { name: "asc" } } },
        select: { proposal: { select: { id: true, title: true, scope: true, city: { select: { name: true, slug: true, region: true } } } } },
      },
    },
  });
}
