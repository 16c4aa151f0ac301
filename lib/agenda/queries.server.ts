import { filesOf } from "@/lib/attachments/queries.server";
import { createHash } from "node:crypto";
import { Prisma as P } from "@/generated/sqlite/client";
import { getDb, type Db, type Tx } from "@/lib/db.server";
import { can, granted, notFound, proposalStatusesVisibleTo, type Actor } from "@/lib/policy/policy";
import { similarity } from "@/lib/proposals/similarity";
import { activeThemes } from "@/lib/themes/queries.server";

export type Backing = { sources: number; cities: number; regions: number };

/** Sources, distinct backing cities and regions per agenda item, counted by the database. */
const backingSql = (itemIds?: string[]) => P.sql`
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

async function listAgendaItems(db: Db) {
  // Items closed at the start of a cycle are history (their edition shows them), not work to order.
  const items = await db.agendaItem.findMany({
    where: { status: { not: "CLOSED" } },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, level: true, owner: true, priority: true, version: true, theme: { select: { nameId: true, nameEn: true } } },
  });
  const counts = await backingCounts(db);
  // Shown and edited as ranks 1..n among the open items: a closed item keeps its old priority, which
  // would otherwise leave a gap the reorder form cannot accept.
  return items.map((i, index) => ({ ...i, priority: index + 1, backing: counts.get(i.id) ?? { sources: 0, cities: 0, regions: 0 } }));
}

async function getAgendaItem(db: Db, id: string) {
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

/** A fingerprint of the current order (ids and versions): a reorder made from an older page is refused. */
export async function agendaListKey(db: Db | Tx): Promise<string> {
  const items = await db.agendaItem.findMany({ where: { status: { not: "CLOSED" } }, orderBy: [{ priority: "asc" }, { id: "asc" }], select: { id: true, priority: true } });
  return createHash("sha256").update(items.map((i) => `${i.id}:${i.priority}`).join("|")).digest("hex").slice(0, 32);
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
      select: { id: true, title: true, problem: true, action: true, fingerprint: true, forumId: true, status: true, endorsementCount: true, city: { select: { name: true } } },
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

// Page queries: the agenda's working pages are the chair's and the secretariat's (agenda.manage).

/** Every agenda item with its backing, and the key of the current order. Null for anyone else. */
export async function agendaForManagers(actor: Actor) {
  if (!can(actor, "agenda.manage")) return null;
  const db = getDb();
  const [items, listKey] = await Promise.all([listAgendaItems(db), agendaListKey(db)]);
  return { items, listKey };
}

/** One item on its working page, with the themes its form offers; 404 for anyone else. */
export async function agendaItemForManagers(actor: Actor, id: string) {
  if (!can(actor, "agenda.manage")) return notFound;
  const db = getDb();
  const [item, themes, files] = await Promise.all([getAgendaItem(db, id), activeThemes(db), filesOf(db, "agendaItem", id)]);
  return item ? granted({ item, themes, files }) : notFound;
}

/** An item's title for its working page's <title>: an unpublished item's title is the working group's. */
export async function agendaItemTitleForManagers(actor: Actor, id: string): Promise<string | null> {
  if (!can(actor, "agenda.manage")) return null;
  return (await getDb().agendaItem.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
}

/**
 * The new-item form, with the proposals chosen in the review queue ticked and what they have in common
 * filled in: their theme when they share one, and "every city" when all are cities' own action plans.
 */
export async function newAgendaItemForm(actor: Actor, proposalIds: string[]) {
  if (!can(actor, "agenda.manage")) return null;
  const db = getDb();
  const [themes, selected, items] = await Promise.all([
    activeThemes(db),
    db.proposal.findMany({
      where: { id: { in: proposalIds }, status: { in: [...proposalStatusesVisibleTo(actor)] } },
      select: { id: true, title: true, themeId: true, scope: true, endorsementCount: true, city: { select: { name: true } } },
    }),
    db.agendaItem.findMany({ orderBy: { priority: "asc" }, select: { id: true, title: true } }),
  ]);
  const commonTheme = selected.length && selected.every((p) => p.themeId === selected[0].themeId) ? selected[0].themeId ?? "" : "";
  const everyCity = selected.some((p) => p.scope === "CITY_ACTION_PLAN") && !selected.some((p) => p.scope === "NATIONAL_AGENDA");
  return {
    themes, items,
    selected: selected.map((p) => ({ id: p.id, title: p.title, city: p.city.name, endorsements: p.endorsementCount })),
    defaults: { title: selected[0]?.title ?? "", themeId: commonTheme, level: everyCity ? "EVERY_CITY" : "NATIONAL" },
  };
}

/** The suggested groups, for the working group only. */
export async function clustersFor(actor: Actor) {
  return can(actor, "agenda.manage") ? suggestedClusters(getDb()) : null;
}
