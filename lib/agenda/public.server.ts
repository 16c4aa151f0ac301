// The published national agenda, as anyone may read it: published items only, no personal data.
import { z } from "zod";
import { REGIONS } from "@/lib/cities/constants";
import type { Db } from "@/lib/db.server";
import { AGENDA_LEVELS } from "./schemas";

export const publicAgendaFilterSchema = z.object({
  forum: z.string().max(40).optional().catch(undefined),
  theme: z.string().max(40).optional().catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  level: z.enum(AGENDA_LEVELS).optional().catch(undefined),
});
export type PublicAgendaFilter = z.infer<typeof publicAgendaFilterSchema>;

export async function publishedAgenda(db: Db, f: PublicAgendaFilter) {
  const items = await db.agendaItem.findMany({
    where: {
      status: "PUBLISHED",
      ...(f.forum ? { forumId: f.forum } : {}),
      ...(f.theme ? { themeId: f.theme } : {}),
      ...(f.level ? { level: f.level } : {}),
      // An item belongs to a region when at least one of its backing cities is in it.
      ...(f.region ? { sources: { some: { proposal: { city: { region: f.region } } } } } : {}),
    },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
    select: {
      id: true, title: true, description: true, level: true, owner: true, publishedAt: true,
      theme: { select: { nameId: true, nameEn: true } },
      sources: { select: { proposal: { select: { city: { select: { name: true, slug: true, region: true } } } } } },
    },
  });
  const members = await db.city.count({ where: { membershipStatus: "MEMBER" } });
  return {
    members,
    items: items.map(({ sources, ...item }) => {
      const cities = [...new Map(sources.map((s) => [s.proposal.city.slug, s.proposal.city])).values()].sort((a, b) => a.name.localeCompare(b.name));
      return { ...item, sourceCount: sources.length, cities, regions: [...new Set(cities.map((c) => c.region))] };
    }),
  };
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
