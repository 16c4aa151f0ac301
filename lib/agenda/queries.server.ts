import { createHash } from "node:crypto";
import { Prisma as P } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db.server";
import { similarity } from "@/lib/proposals/similarity";

export type Backing = { sources: number; cities: number; regions: number };

/** Sources, distinct backing cities and regions per agenda item, counted by the database. */
export const backingSql = (itemIds?: string[]) => P.sql`
    SELECT s."agendaItemId" AS "agendaItemId", COUNT(*) AS "sources", COUNT(DISTINCT p."cityId") AS "cities", COUNT(DISTINCT c."region") AS "regions"
    FROM "AgendaSource" s
    JOIN "Proposal" p ON p."id" = s."proposalId"
    JOIN "City" c ON c."id" = p."cityId"
    ${itemIds ? P.sql`WHERE s."agendaItemId" IN (${P.join(itemIds)})` : P.empty}
    GROUP BY s."agendaItemId"`;

export async function backingCounts(db: Db, itemIds?: string[]): Promise<Map<string, Backing>> {
  if (itemIds && itemIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ agendaItemId: string; sources: bigint | number; cities: bigint | number; regions: bigint | number }[]>(backingSql(itemIds));
  return new Map(rows.map((r) => [r.agendaItemId, { sources: Number(r.sources), cities: Number(r.cities), regions: Number(r.regions) }]));
}

export async function listAgendaItems(db: Db) {
  const items = await db.agendaItem.findMany({
    orderBy: [{ priority: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, level: true, owner: true, priority: true, version: true, theme: { select: { nameId: true, nameEn: true } } },
  });
  const counts = await backingCounts(db);
  return items.map((i) => ({ ...i, backing: counts.get(i.id) ?? { sources: 0, cities: 0, regions: 0 } }));
}

export async function getAgendaItem(db: Db, id: string) {
  const item = await db.agendaItem.findUnique({
    where: { id },
    include: {
      theme: { select: { id: true, nameId: true, nameEn: true } },
      forum: { select: { title: true, titleEn: true, slug: true } },
      milestones: { orderBy: { position: "asc" } },
      sources: {
        orderBy: { addedAt: "asc" },
        select: {
          mergeId: true, addedAt: true, previousStatus: true,
          proposal: { select: { id: true, title: true, status: true, city: { select: { name: true, slug: true, region: true } } } },
          addedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!item) return null;
  const backing = (await backingCounts(db, [id])).get(id) ?? { sources: 0, cities: 0, regions: 0 };
  return { ...item, backing };
}

export const clusterKey = (ids: string[]) => createHash("sha256").update([...ids].sort().join("|")).digest("hex").slice(0, 40);

/**
 * Suggested groups of undecided or accepted, not yet merged proposals that say much the same thing,
 * per forum, by the same Indonesian-aware similarity as the delegate's form. Dismissed groups are left out.
 */
export async function suggestedClusters(db: Db, threshold = 0.3) {
  const [candidates, dismissed] = await Promise.all([
    db.proposal.findMany({
      where: { status: { in: ["SUBMITTED", "ACCEPTED"] }, agendaSources: { none: {} } },
      orderBy: { submittedAt: "asc" },
      take: 2000,
      select: { id: true, title: true, problem: true, action: true, fingerprint: true, forumId: true, status: true, city: { select: { name: true } } },
    }),
    db.clusterDismissal.findMany({ select: { key: true } }),
  ]);
  const gone = new Set(dismissed.map((d) => d.key));
  const used = new Set<string>();
  const clusters: { key: string; members: typeof candidates }[] = [];
  for (const seed of candidates) {
    if (used.has(seed.id)) continue;
    const members = [seed, ...candidates.filter((c) => c.id !== seed.id && !used.has(c.id) && c.forumId === seed.forumId && similarity(seed.fingerprint, c.fingerprint) >= threshold)];
    if (members.length < 2) continue;
    const key = clusterKey(members.map((m) => m.id));
    if (gone.has(key)) continue;
    members.forEach((m) => used.add(m.id));
    clusters.push({ key, members });
  }
  return clusters;
}
