// Reads of cycles and editions. Editions are public (edition.view); the cycle management pages are the
// chair's (cycle.manage). Figures come from the frozen rows (counts stored at freezing), so reading an
// edition never recomputes it from today's data.
import { cache } from "react";
import { getDb, type Db } from "@/lib/db.server";
import { can, granted, notFound, type Actor } from "@/lib/policy/policy";

export type FrozenSource = { proposalId: string; title: string; citySlug: string; cityName: string };
export type FrozenMilestone = { title: string; dueOn: string };
export type FrozenCommitment = {
  citySlug: string; cityName: string; kind: string; status: string; percent: number; lastReportedOn: string | null; verified: boolean; notApplicable: boolean;
};

const parse = <T>(json: string): T[] => {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
};

const editionItemSelect = {
  id: true, agendaItemId: true, position: true, title: true, titleEn: true, description: true, descriptionEn: true, level: true, owner: true,
  indicators: true, themeSlug: true, version: true, isDemo: true, sources: true, milestones: true, commitments: true,
  commitmentCount: true, doneCount: true, inProgressCount: true, plannedCount: true, notStartedCount: true, averagePercent: true,
} as const;

/** Every frozen edition, newest first, with its item count (counted by the database). */
export async function listEditions(db: Db) {
  const editions = await db.agendaEdition.findMany({
    orderBy: { cycleYear: "desc" },
    select: { id: true, cycleYear: true, frozenAt: true, digest: true, _count: { select: { items: true } } },
  });
  return editions.map((e) => ({ year: e.cycleYear, frozenAt: e.frozenAt, digest: e.digest, itemCount: e._count.items }));
}

/** One edition with its items (frozen JSON parsed) and the names of their themes; null if none. */
export async function editionOf(db: Db, year: number) {
  const edition = await db.agendaEdition.findUnique({
    where: { cycleYear: year },
    select: {
      id: true, cycleYear: true, note: true, noteEn: true, frozenAt: true, digest: true,
      frozenBy: { select: { name: true } },
      cycle: { select: { status: true, forums: { orderBy: { startsOn: "asc" }, select: { slug: true, title: true, titleEn: true, startsOn: true, endsOn: true, venue: true } } } },
      items: { orderBy: { position: "asc" }, select: editionItemSelect },
    },
  });
  if (!edition) return null;
  const slugs = [...new Set(edition.items.flatMap((i) => (i.themeSlug ? [i.themeSlug] : [])))];
  const themes = new Map((await db.theme.findMany({ where: { slug: { in: slugs } }, select: { slug: true, nameId: true, nameEn: true } })).map((t) => [t.slug, t]));
  const items = edition.items.map((i) => ({
    ...i,
    theme: i.themeSlug ? themes.get(i.themeSlug) ?? null : null,
    sources: parse<FrozenSource>(i.sources),
    milestones: parse<FrozenMilestone>(i.milestones),
    commitments: parse<FrozenCommitment>(i.commitments),
  }));
  const totals = items.reduce(
    (t, i) => ({
      commitments: t.commitments + i.commitmentCount, done: t.done + i.doneCount, inProgress: t.inProgress + i.inProgressCount,
      planned: t.planned + i.plannedCount, notStarted: t.notStarted + i.notStartedCount,
    }),
    { commitments: 0, done: 0, inProgress: 0, planned: 0, notStarted: 0 },
  );
  return { ...edition, forums: edition.cycle.forums, items, totals };
}

export type Edition = NonNullable<Awaited<ReturnType<typeof editionOf>>>;

export type Comparison = {
  from: number;
  to: number;
  added: { agendaItemId: string | null; position: number; title: string; titleEn: string | null }[];
  dropped: { agendaItemId: string | null; position: number; title: string; titleEn: string | null; closedReason: string | null }[];
  continued: {
    agendaItemId: string; title: string; titleEn: string | null; fromPosition: number; toPosition: number;
    fromDone: number; toDone: number; fromCommitments: number; toCommitments: number; fromAverage: number; toAverage: number;
  }[];
};

/**
 * What changed between two editions, by item (carried-over items keep their id): added, dropped (with
 * the reason the item was closed), and those in both with their rank and progress then and now.
 */
export async function compareEditions(db: Db, from: number, to: number): Promise<Comparison | null> {
  const [a, b] = await Promise.all([from, to].map((year) =>
    db.agendaEdition.findUnique({
      where: { cycleYear: year },
      select: {
        items: {
          orderBy: { position: "asc" },
          select: {
            agendaItemId: true, position: true, title: true, titleEn: true, doneCount: true, commitmentCount: true, averagePercent: true,
            agendaItem: { select: { closedReason: true } },
          },
        },
      },
    })));
  if (!a || !b) return null;
  const inB = new Map(b.items.flatMap((i) => (i.agendaItemId ? [[i.agendaItemId, i] as const] : [])));
  const inA = new Set(a.items.flatMap((i) => (i.agendaItemId ? [i.agendaItemId] : [])));
  return {
    from, to,
    added: b.items.filter((i) => !i.agendaItemId || !inA.has(i.agendaItemId)).map(({ agendaItemId, position, title, titleEn }) => ({ agendaItemId, position, title, titleEn })),
    dropped: a.items.filter((i) => !i.agendaItemId || !inB.has(i.agendaItemId))
      .map(({ agendaItemId, position, title, titleEn, agendaItem }) => ({ agendaItemId, position, title, titleEn, closedReason: agendaItem?.closedReason ?? null })),
    continued: a.items.flatMap((i) => {
      const later = i.agendaItemId ? inB.get(i.agendaItemId) : undefined;
      if (!later || !i.agendaItemId) return [];
      return [{
        agendaItemId: i.agendaItemId, title: later.title, titleEn: later.titleEn, fromPosition: i.position, toPosition: later.position,
        fromDone: i.doneCount, toDone: later.doneCount, fromCommitments: i.commitmentCount, toCommitments: later.commitmentCount,
        fromAverage: i.averagePercent, toAverage: later.averagePercent,
      }];
    }).sort((x, y) => x.toPosition - y.toPosition),
  };
}

// Page queries.

/** The editions list, for everyone. */
export async function editionsPage(actor: Actor) {
  if (!can(actor, "edition.view")) return [];
  return listEditions(getDb());
}

/** Read once per request: the page and its metadata both ask. */
const editionOfYear = cache((year: number) => editionOf(getDb(), year));

/** One edition at its permanent address; 404 when there is none for that year. */
export async function editionPage(actor: Actor, year: number) {
  if (!can(actor, "edition.view")) return notFound;
  const edition = await editionOfYear(year);
  return edition ? granted(edition) : notFound;
}

export async function comparisonPage(actor: Actor, from?: number, to?: number) {
  if (!can(actor, "edition.view")) return { editions: [], comparison: null };
  const db = getDb();
  const editions = await listEditions(db);
  const comparison = from && to && from !== to ? await compareEditions(db, from, to) : null;
  return { editions, comparison };
}

/** Every cycle with what the chair needs to decide on it: item counts by status, forums, its edition. */
export async function cyclesForChair(actor: Actor) {
  if (!can(actor, "cycle.manage")) return null;
  const db = getDb();
  const [cycles, counts] = await Promise.all([
    db.cycle.findMany({
      orderBy: { year: "desc" },
      select: {
        year: true, status: true, previousYear: true, startedAt: true, closedAt: true,
        edition: { select: { frozenAt: true, _count: { select: { items: true } } } },
        _count: { select: { forums: true } },
      },
    }),
    db.agendaItem.groupBy({ by: ["cycleYear", "status"], _count: { _all: true } }),
  ]);
  const countOf = (year: number, status: string) => counts.find((c) => c.cycleYear === year && c.status === status)?._count._all ?? 0;
  return cycles.map((c) => ({
    ...c,
    published: countOf(c.year, "PUBLISHED"), drafts: countOf(c.year, "DRAFT"), closed: countOf(c.year, "CLOSED"),
  }));
}

/** The freeze form of one open cycle: what would be frozen. */
export async function freezeFormFor(actor: Actor, year: number) {
  if (!can(actor, "cycle.manage")) return notFound;
  const db = getDb();
  const cycle = await db.cycle.findUnique({ where: { year }, select: { year: true, status: true, edition: { select: { id: true } } } });
  if (!cycle) return notFound;
  const items = await db.agendaItem.findMany({
    where: { cycleYear: year, status: "PUBLISHED" },
    orderBy: [{ priority: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, titleEn: true, priority: true },
  });
  return granted({ cycle, items, frozen: Boolean(cycle.edition) || cycle.status !== "OPEN" });
}

/** The next-cycle form of a frozen cycle: its edition's items as they stand now. */
export async function nextCycleFormFor(actor: Actor, year: number) {
  if (!can(actor, "cycle.manage")) return notFound;
  const db = getDb();
  const cycle = await db.cycle.findUnique({
    where: { year },
    select: { year: true, status: true, edition: { select: { items: { orderBy: { position: "asc" }, select: { agendaItemId: true, position: true, title: true, titleEn: true, doneCount: true, commitmentCount: true } } } } },
  });
  if (!cycle || !cycle.edition) return notFound;
  const ids = cycle.edition.items.flatMap((i) => (i.agendaItemId ? [i.agendaItemId] : []));
  const [current, drafts, taken] = await Promise.all([
    db.agendaItem.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, cycleYear: true } }),
    db.agendaItem.count({ where: { cycleYear: year, status: "DRAFT" } }),
    db.cycle.findMany({ where: { year: { gt: year }, OR: [{ status: { not: "OPEN" } }, { edition: { isNot: null } }] }, select: { year: true } }),
  ]);
  const now = new Map(current.map((c) => [c.id, c]));
  // Items of the edition still in this cycle and published are the ones to decide on.
  const items = cycle.edition.items.filter((i) => {
    const c = i.agendaItemId ? now.get(i.agendaItemId) : undefined;
    return c && c.status === "PUBLISHED" && c.cycleYear === year;
  });
  const takenYears = new Set(taken.map((t) => t.year));
  let suggested = year + 1;
  while (takenYears.has(suggested)) suggested += 1;
  return granted({ year, status: cycle.status, items, drafts, suggestedYear: suggested });
}
