// Reads about commitments: a city's list (with overdue flags), one commitment's timeline, the
// scorecard history, and the national roll-ups, each a GROUP BY in the database.
import { Prisma as P } from "@/generated/sqlite/client";
import type { RegionCode } from "@/lib/cities/constants";
import { attachmentsOn, NO_FILES } from "@/lib/attachments/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { access, can, granted, type Actor } from "@/lib/policy/policy";
import { todayIn } from "@/lib/format/zones";
import type { ReportFilter } from "@/lib/reports/schemas";
import { planLinkFields, PROGRESS_STATUSES, type CommitmentListFilter, type ProgressStatusCode } from "./schemas";

/**
 * Overdue: the item's last milestone date has passed and the city is not done. A commitment marked
 * not applicable is never overdue.
 */
export function isOverdue(c: { status: string; notApplicable: boolean }, lastDueOn: Date | null, today: Date): boolean {
  return !c.notApplicable && c.status !== "DONE" && lastDueOn !== null && lastDueOn < today;
}

/** Linked to the city's plans: at least one planning link set (each is null when not given). */
const LINKED = planLinkFields.map((f) => ({ [f]: { not: null } }));

async function cityCommitments(db: Db, cityId: string, f: CommitmentListFilter = {}) {
  const rows = await db.commitment.findMany({
    where: {
      cityId, agendaItem: { status: "PUBLISHED" },
      ...(f.budgetYear ? { budgetYear: f.budgetYear } : {}),
      ...(f.plans === "linked" ? { OR: LINKED } : f.plans === "unlinked" ? { AND: planLinkFields.map((k) => ({ [k]: null })) } : {}),
    },
    orderBy: [{ agendaItem: { priority: "asc" } }, { id: "asc" }],
    select: {
      id: true, kind: true, status: true, percent: true, lastReportedOn: true, notApplicable: true, version: true,
      radReference: true, rpjmdReference: true, rkpdReference: true, budgetYear: true, sipdProgram: true, sipdActivity: true, sipdSubActivity: true,
      agendaItem: { select: { id: true, title: true, level: true, milestones: { orderBy: { dueOn: "desc" }, take: 1, select: { dueOn: true } } } },
    },
  });
  return rows.map(({ agendaItem: { milestones, ...item }, ...c }) => ({ ...c, item, lastDueOn: milestones[0]?.dueOn ?? null }));
}

/** Published national items the city has not committed to yet, for voluntary commitments. */
async function openNationalItems(db: Db, cityId: string) {
  return db.agendaItem.findMany({
    where: { status: "PUBLISHED", level: "NATIONAL", commitments: { none: { cityId } } },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
}

async function commitmentDetail(db: Db, id: string) {
  return db.commitment.findUnique({
    where: { id },
    include: {
      city: { select: { id: true, name: true, slug: true, timeZone: true } },
      agendaItem: { select: { id: true, title: true, level: true, status: true, milestones: { orderBy: { position: "asc" }, select: { title: true, dueOn: true } } } },
      reports: { orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }], include: { createdBy: { select: { name: true } }, verifiedBy: { select: { name: true } } } },
    },
  });
}

/** A city's scorecard figures, newest first per indicator, each with its verification state (not who verified it). */
export async function scorecardHistory(db: Db, cityId: string) {
  return db.scorecardEntry.findMany({
    where: { cityId },
    orderBy: [{ indicator: "asc" }, { asOf: "desc" }, { createdAt: "desc" }],
    select: {
      id: true, indicator: true, asOf: true, source: true, uldEstablished: true, uldDecree: true, employedWithDisability: true, totalStaff: true,
      jobSeekersRegistered: true, jobSeekersPlaced: true, periodStart: true, createdAt: true, verification: true, verifiedAt: true,
    },
  });
}

const counted = P.sql`m."notApplicable" = false AND ai."status" = 'PUBLISHED'`;
/**
 * A commitment's stage: its latest report's status, or with verified figures only the status of its
 * latest report the secretariat verified (a commitment without one counts as not started). `verified`
 * carries the verification state either way: how many have their latest report verified.
 */
function statusCounts(f: Pick<ReportFilter, "verified">) {
  const stage = f.verified ? P.sql`COALESCE(m."verifiedStatus", 'NOT_STARTED')` : P.sql`m."status"`;
  return P.sql`
  SUM(CASE WHEN ${stage} = 'DONE' THEN 1 ELSE 0 END) AS "done",
  SUM(CASE WHEN ${stage} = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS "inProgress",
  SUM(CASE WHEN ${stage} = 'PLANNED' THEN 1 ELSE 0 END) AS "planned",
  SUM(CASE WHEN ${stage} = 'NOT_STARTED' THEN 1 ELSE 0 END) AS "notStarted",
  COUNT(*) AS "commitments",
  SUM(CASE WHEN m."currentVerified" = true THEN 1 ELSE 0 END) AS "verified"`;
}

/** Region of the city; forum and theme of the agenda item; the budget year the city linked the commitment to. */
function regionCondition(f: ReportFilter) {
  return P.sql`${f.region ? P.sql` AND CAST(c."region" AS TEXT) = ${f.region}` : P.empty}${f.forum ? P.sql` AND ai."forumId" = ${f.forum}` : P.empty}${f.theme ? P.sql` AND ai."themeId" = ${f.theme}` : P.empty}${f.budgetYear ? P.sql` AND m."budgetYear" = ${f.budgetYear}` : P.empty}`;
}

/**
 * The commitments the implementation tables count (published items, not marked not applicable), for
 * the filters in force: on commitment `m`, its item `ai` and its city `c`. The board's list of
 * commitments (lib/reports) lists exactly these.
 */
export const countedCommitments = (f: ReportFilter) => P.sql`${counted}${regionCondition(f)}`;

export const implementationSql = {
  byItem: (f: ReportFilter, itemIds?: string[]) => P.sql`
    SELECT m."agendaItemId" AS "agendaItemId", ai."title" AS "title", ai."priority" AS "priority", ${statusCounts(f)}
    FROM "Commitment" m JOIN "AgendaItem" ai ON ai."id" = m."agendaItemId" JOIN "City" c ON c."id" = m."cityId"
    WHERE ${counted}${regionCondition(f)}${itemIds ? P.sql` AND m."agendaItemId" IN (${P.join(itemIds.length ? itemIds : [""])})` : P.empty}
    GROUP BY m."agendaItemId", ai."title", ai."priority"
    ORDER BY ai."priority"`,
  byCity: (f: ReportFilter) => P.sql`
    SELECT c."name" AS "name", c."slug" AS "slug", CAST(c."region" AS TEXT) AS "region", ${statusCounts(f)}
    FROM "Commitment" m JOIN "AgendaItem" ai ON ai."id" = m."agendaItemId" JOIN "City" c ON c."id" = m."cityId"
    WHERE ${counted}${regionCondition(f)}
    GROUP BY c."id", c."name", c."slug", c."region"`,
  byRegion: (f: ReportFilter) => P.sql`
    SELECT CAST(c."region" AS TEXT) AS "region", ${statusCounts(f)}
    FROM "Commitment" m JOIN "AgendaItem" ai ON ai."id" = m."agendaItemId" JOIN "City" c ON c."id" = m."cityId"
    WHERE ${counted}${regionCondition(f)}
    GROUP BY c."region"`,
};

type Num = bigint | number | null;
type Counts = { done: Num; inProgress: Num; planned: Num; notStarted: Num; commitments: Num; verified: Num };
type StatusCounts = Record<"done" | "inProgress" | "planned" | "notStarted" | "commitments" | "verified", number>;
const counts = (r: Counts): StatusCounts => ({
  done: Number(r.done ?? 0), inProgress: Number(r.inProgress ?? 0), planned: Number(r.planned ?? 0), notStarted: Number(r.notStarted ?? 0),
  commitments: Number(r.commitments ?? 0), verified: Number(r.verified ?? 0),
});

/** Implementation by item, city and region; with `f.verified`, by each commitment's verified status. */
export async function implementation(db: Db, f: ReportFilter) {
  const [items, cities, regions] = await Promise.all([
    db.$queryRaw<(Counts & { agendaItemId: string; title: string; priority: number })[]>(implementationSql.byItem(f)),
    db.$queryRaw<(Counts & { name: string; slug: string; region: RegionCode })[]>(implementationSql.byCity(f)),
    db.$queryRaw<(Counts & { region: RegionCode })[]>(implementationSql.byRegion(f)),
  ]);
  return {
    /** Whether the stages are those of verified reports only. */
    verifiedOnly: f.verified === true,
    byItem: items.map((r) => ({ agendaItemId: r.agendaItemId, title: r.title, ...counts(r) })),
    byCity: cities.map((r) => ({ name: r.name, slug: r.slug, region: r.region, ...counts(r) })).sort((a, b) => b.done / b.commitments - a.done / a.commitments || a.name.localeCompare(b.name)),
    byRegion: regions.map((r) => ({ region: r.region, ...counts(r) })),
  };
}
export type Implementation = Awaited<ReturnType<typeof implementation>>;

/**
 * For the public agenda: per item, how many cities are done / in progress / planned / not started
 * (with `verified`, by their verified reports), and how many have their latest report verified.
 */
export async function publicItemProgress(db: Db, itemIds: string[], verified?: boolean): Promise<Map<string, StatusCounts>> {
  if (!itemIds.length) return new Map();
  const rows = await db.$queryRaw<(Counts & { agendaItemId: string })[]>(implementationSql.byItem({ verified }, itemIds));
  return new Map(rows.map((r) => [r.agendaItemId, counts(r)]));
}

export { PROGRESS_STATUSES, type ProgressStatusCode };

// Page queries: a city's commitments and scorecard are its delegates' to write; the working group and
// the board read them (lib/policy: commitment.view).

/** One commitment with its timeline, and what the actor may do there. */
export async function commitmentPage(actor: Actor, id: string) {
  const result = access(actor, await commitmentDetail(getDb(), id), (c) => ({ cityId: c.cityId }), "commitment.view");
  if (result.status !== "ok") return result;
  const commitment = result.value;
  const today = todayIn(commitment.city.timeZone);
  const lastDue = commitment.agendaItem.milestones.at(-1)?.dueOn ?? null;
  const files = await attachmentsOn(getDb(), "progressReport", commitment.reports.map((r) => r.id));
  const reports = commitment.reports.map((r) => ({
    ...r,
    files: files.get(r.id) ?? NO_FILES,
    canAttach: can(actor, "evidence.attach", { cityId: commitment.cityId, status: r.verification }),
  }));
  return granted({
    commitment: { ...commitment, reports }, today, lastDue, overdue: isOverdue(commitment, lastDue, today),
    canReport: can(actor, "commitment.report", { cityId: commitment.cityId }),
    canVerify: can(actor, "evidence.verify", { cityId: commitment.cityId }),
  });
}

/** Budget years the city has linked any of its commitments to, for the list's filter. */
async function cityBudgetYears(db: Db, cityId: string) {
  const rows = await db.commitment.groupBy({ by: ["budgetYear"], where: { cityId, budgetYear: { not: null }, agendaItem: { status: "PUBLISHED" } }, orderBy: { budgetYear: "desc" } });
  return rows.map((r) => r.budgetYear!);
}

/**
 * The delegate's city: its commitments (filtered by their links to the city's plans and budget
 * year, in the database), the budget years it has used, and the national items it may still take on.
 */
export async function cityCommitmentsPage(actor: Actor, filter: CommitmentListFilter = {}) {
  if (!actor?.cityId || !can(actor, "commitment.commit")) return null;
  const db = getDb();
  const [city, commitments, budgetYears, open] = await Promise.all([
    db.city.findUnique({ where: { id: actor.cityId }, select: { name: true, slug: true, timeZone: true } }),
    cityCommitments(db, actor.cityId, filter),
    cityBudgetYears(db, actor.cityId),
    openNationalItems(db, actor.cityId),
  ]);
  return city ? { city, commitments, budgetYears, open, filtered: Boolean(filter.plans || filter.budgetYear), today: todayIn(city.timeZone) } : null;
}

/** The delegate's city's scorecard history, and what it needs to add a figure (today in its zone). */
export async function cityScorecardPage(actor: Actor) {
  if (!actor?.cityId || !can(actor, "scorecard.update", { cityId: actor.cityId })) return null;
  const db = getDb();
  const [city, entries] = await Promise.all([
    db.city.findUnique({ where: { id: actor.cityId }, select: { name: true, slug: true, timeZone: true } }),
    // The city's own view also has the secretariat's notes (a public page does not).
    db.scorecardEntry.findMany({
      where: { cityId: actor.cityId },
      orderBy: [{ indicator: "asc" }, { asOf: "desc" }, { createdAt: "desc" }],
      select: {
        id: true, indicator: true, asOf: true, source: true, uldEstablished: true, uldDecree: true, employedWithDisability: true, totalStaff: true,
        jobSeekersRegistered: true, jobSeekersPlaced: true, periodStart: true, createdAt: true, verification: true, verifiedAt: true, verificationNote: true,
      },
    }),
  ]);
  if (!city) return null;
  const files = await attachmentsOn(db, "scorecardEntry", entries.map((e) => e.id));
  const evidence = entries.map((e) => ({
    id: e.id,
    files: files.get(e.id) ?? NO_FILES,
    canAttach: can(actor, "evidence.attach", { cityId: actor.cityId, status: e.verification }),
  }));
  return { city, entries, evidence, today: todayIn(city.timeZone) };
}
