// The board's roll-ups. Every figure is computed by the database (GROUP BY / COUNT) in one query per
// table; JavaScript only renames columns. The SQL is shared with `npm run bench`, which times it raw.
import { Prisma as P } from "@/generated/sqlite/client";
import { cityCoordinates } from "@/lib/cities/queries.server";
import { countedCommitments, implementation } from "@/lib/commitments/queries.server";
import { chairReportYears } from "@/lib/documents/chair-report.server";
import type { CommitmentKind, ProgressStatus } from "@/lib/domain/enums";
import { getDb, type Db } from "@/lib/db.server";
import { can, type Actor } from "@/lib/policy/policy";
import { allThemes } from "@/lib/themes/queries.server";
import type { RegionCode } from "@/lib/cities/constants";
import type { ZoneCode } from "@/lib/format/zones";
import { REPORTED_STATUSES, type ReportFilter, type ReportedStatus } from "./schemas";

type Sql = ReturnType<typeof P.sql>;
const n = (v: bigint | number | null) => Number(v ?? 0);

/** Conditions on proposal `p` joined to its city `c`, for the filters in force. */
function proposalConditions(f: ReportFilter): Sql {
  return P.sql`p."status" <> 'DRAFT'${f.forum ? P.sql` AND p."forumId" = ${f.forum}` : P.empty}${f.theme ? P.sql` AND p."themeId" = ${f.theme}` : P.empty}${f.region ? P.sql` AND CAST(c."region" AS TEXT) = ${f.region}` : P.empty}`;
}

export const reportSql = {
  /** Every member city (in the region filter) with the number of proposals it has submitted. */
  participation: (f: ReportFilter) => P.sql`
    SELECT c."id" AS "cityId", c."name" AS "name", c."slug" AS "slug", CAST(c."region" AS TEXT) AS "region", COUNT(p."cityId") AS "proposals"
    FROM "City" c
    LEFT JOIN "Proposal" p ON p."cityId" = c."id" AND p."status" <> 'DRAFT'${f.forum ? P.sql` AND p."forumId" = ${f.forum}` : P.empty}${f.theme ? P.sql` AND p."themeId" = ${f.theme}` : P.empty}
    WHERE c."membershipStatus" = 'MEMBER'${f.region ? P.sql` AND CAST(c."region" AS TEXT) = ${f.region}` : P.empty}
    GROUP BY c."id", c."name", c."slug", c."region"
    ORDER BY COUNT(p."cityId") DESC, c."name" ASC`,
  themeStatus: (f: ReportFilter) => P.sql`
    SELECT p."themeId" AS "themeId", t."nameId" AS "nameId", t."nameEn" AS "nameEn", CAST(p."status" AS TEXT) AS "status", COUNT(*) AS "count"
    FROM "Proposal" p JOIN "City" c ON c."id" = p."cityId" LEFT JOIN "Theme" t ON t."id" = p."themeId"
    WHERE ${proposalConditions(f)}
    GROUP BY p."themeId", t."nameId", t."nameEn", p."status"`,
  scope: (f: ReportFilter) => P.sql`
    SELECT CAST(p."scope" AS TEXT) AS "scope", COUNT(*) AS "count"
    FROM "Proposal" p JOIN "City" c ON c."id" = p."cityId"
    WHERE ${proposalConditions(f)}
    GROUP BY p."scope"`,
  region: (f: ReportFilter) => P.sql`
    SELECT CAST(c."region" AS TEXT) AS "region", COUNT(*) AS "proposals", COUNT(DISTINCT p."cityId") AS "cities",
      SUM(CASE WHEN p."status" IN ('ACCEPTED', 'MERGED') THEN 1 ELSE 0 END) AS "adopted",
      SUM(CASE WHEN p."status" <> 'WITHDRAWN' THEN 1 ELSE 0 END) AS "considered"
    FROM "Proposal" p JOIN "City" c ON c."id" = p."cityId"
    WHERE ${proposalConditions(f)}
    GROUP BY c."region"`,
  forum: (f: ReportFilter) => P.sql`
    SELECT p."forumId" AS "forumId", fo."title" AS "title", fo."titleEn" AS "titleEn", COUNT(*) AS "proposals", COUNT(DISTINCT p."cityId") AS "cities"
    FROM "Proposal" p JOIN "City" c ON c."id" = p."cityId" LEFT JOIN "Forum" fo ON fo."id" = p."forumId"
    WHERE ${proposalConditions(f)}
    GROUP BY p."forumId", fo."title", fo."titleEn"
    ORDER BY COUNT(*) DESC`,
};

type ThemeStatusRow = { themeId: string | null; nameId: string | null; nameEn: string | null; counts: Record<ReportedStatus, number>; total: number };

export async function boardReport(db: Db, f: ReportFilter) {
  const [participation, themeStatus, scope, region, forum, progress] = await Promise.all([
    db.$queryRaw<{ cityId: string; name: string; slug: string; region: RegionCode; proposals: bigint | number }[]>(reportSql.participation(f)),
    db.$queryRaw<{ themeId: string | null; nameId: string | null; nameEn: string | null; status: ReportedStatus; count: bigint | number }[]>(reportSql.themeStatus(f)),
    db.$queryRaw<{ scope: string | null; count: bigint | number }[]>(reportSql.scope(f)),
    db.$queryRaw<{ region: RegionCode; proposals: bigint | number; cities: bigint | number; adopted: bigint | number | null; considered: bigint | number | null }[]>(reportSql.region(f)),
    db.$queryRaw<{ forumId: string | null; title: string | null; titleEn: string | null; proposals: bigint | number; cities: bigint | number }[]>(reportSql.forum(f)),
    implementation(db, f),
  ]);

  // The theme × status cells arrive one per group; fold them into one row per theme.
  const themes = new Map<string, ThemeStatusRow>();
  for (const r of themeStatus) {
    const key = r.themeId ?? "";
    const row = themes.get(key) ?? { themeId: r.themeId, nameId: r.nameId, nameEn: r.nameEn, counts: Object.fromEntries(REPORTED_STATUSES.map((s) => [s, 0])) as Record<ReportedStatus, number>, total: 0 };
    row.counts[r.status] = n(r.count);
    row.total += n(r.count);
    themes.set(key, row);
  }
  const regions = region.map((r) => ({ region: r.region, proposals: n(r.proposals), cities: n(r.cities), adopted: n(r.adopted), considered: n(r.considered) }));
  const cities = participation.map((r) => ({ cityId: r.cityId, name: r.name, slug: r.slug, region: r.region, proposals: n(r.proposals) }));
  const submitted = regions.reduce((s, r) => s + r.proposals, 0);
  return {
    headline: {
      members: cities.length,
      participating: cities.filter((c) => c.proposals > 0).length,
      submitted,
      adopted: regions.reduce((s, r) => s + r.adopted, 0),
      considered: regions.reduce((s, r) => s + r.considered, 0),
    },
    participation: cities,
    themeStatus: [...themes.values()].sort((a, b) => b.total - a.total || (a.nameId ?? "~").localeCompare(b.nameId ?? "~")),
    scope: scope.map((r) => ({ scope: r.scope, count: n(r.count) })).sort((a, b) => b.count - a.count),
    region: regions.sort((a, b) => b.proposals - a.proposals || a.region.localeCompare(b.region)),
    forum: forum.map((r) => ({ forumId: r.forumId, title: r.title, titleEn: r.titleEn, proposals: n(r.proposals), cities: n(r.cities) })),
    implementation: progress,
  };
}
export type BoardReport = Awaited<ReturnType<typeof boardReport>>;

const PAGE = 1000;

/** One page of the proposal list after a given id (keyset), with everything a row shows, in one join. */
const proposalPageSql = (f: ReportFilter, after: string | null, statuses: readonly string[], limit = PAGE) => P.sql`
  SELECT p."id" AS "id", p."title" AS "title", CAST(p."status" AS TEXT) AS "status", CAST(p."scope" AS TEXT) AS "scope", p."submittedAt" AS "submittedAt",
    c."name" AS "cityName", CAST(c."region" AS TEXT) AS "region", CAST(c."timeZone" AS TEXT) AS "cityZone", t."nameId" AS "themeNameId", t."nameEn" AS "themeNameEn",
    fo."title" AS "forumTitle", fo."titleEn" AS "forumTitleEn", ai."title" AS "agendaItem"
  FROM "Proposal" p
  JOIN "City" c ON c."id" = p."cityId"
  LEFT JOIN "Theme" t ON t."id" = p."themeId"
  LEFT JOIN "Forum" fo ON fo."id" = p."forumId"
  LEFT JOIN "AgendaSource" s ON s."proposalId" = p."id"
  LEFT JOIN "AgendaItem" ai ON ai."id" = s."agendaItemId"
  WHERE ${proposalConditions(f)} AND CAST(p."status" AS TEXT) IN (${P.join([...statuses])})${after ? P.sql` AND p."id" > ${after}` : P.empty}
  ORDER BY p."id"
  LIMIT ${limit}`;

export type ReportedProposal = {
  id: string; title: string; status: ReportedStatus; scope: string | null; submittedAt: Date | null; cityName: string; region: RegionCode; cityZone: ZoneCode;
  themeNameId: string | null; themeNameEn: string | null; forumTitle: string | null; forumTitleEn: string | null; agendaItem: string | null;
};

/**
 * Every reported proposal matching the filters whose status the reader may see (statuses from
 * proposalStatusesVisibleTo), a thousand at a time, so an export of 100,000 rows never holds them all
 * in memory. No personal data: the city, never the author.
 */
export async function* reportedProposals(db: Db, f: ReportFilter, statuses: readonly string[]): AsyncGenerator<ReportedProposal> {
  if (statuses.length === 0) return;
  let after: string | null = null;
  for (;;) {
    const page: (Omit<ReportedProposal, "submittedAt"> & { submittedAt: Date | string | null })[] = await db.$queryRaw(proposalPageSql(f, after, statuses));
    // SQLite hands raw DateTime columns back as ISO text, PostgreSQL as a Date.
    for (const row of page) yield { ...row, submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt) };
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/**
 * One page of the board's list of commitments after a given id (keyset): the commitments the
 * implementation tables count, each with its city, item, stage and its links to the city's plans. With
 * verified figures only, the stage, percentage and date are those of its latest verified report (none:
 * not started, 0%, no date), as the implementation tables count it; `verified` says either way whether
 * its latest report is verified.
 */
const commitmentPageSql = (f: ReportFilter, after: string | null, limit = PAGE) => P.sql`
  SELECT m."id" AS "id", c."name" AS "cityName", CAST(c."region" AS TEXT) AS "region", ai."title" AS "item", CAST(m."kind" AS TEXT) AS "kind",
    ${f.verified
      ? P.sql`CAST(COALESCE(m."verifiedStatus", 'NOT_STARTED') AS TEXT) AS "status", COALESCE(m."verifiedPercent", 0) AS "percent", m."verifiedOn" AS "reportedOn",`
      : P.sql`CAST(m."status" AS TEXT) AS "status", m."percent" AS "percent", m."lastReportedOn" AS "reportedOn",`}
    CASE WHEN m."currentVerified" = true THEN 1 ELSE 0 END AS "verified",
    m."budgetYear" AS "budgetYear", m."radReference" AS "radReference", m."rpjmdReference" AS "rpjmdReference", m."rkpdReference" AS "rkpdReference",
    m."sipdProgram" AS "sipdProgram", m."sipdActivity" AS "sipdActivity", m."sipdSubActivity" AS "sipdSubActivity"
  FROM "Commitment" m
  JOIN "AgendaItem" ai ON ai."id" = m."agendaItemId"
  JOIN "City" c ON c."id" = m."cityId"
  WHERE ${countedCommitments(f)}${after ? P.sql` AND m."id" > ${after}` : P.empty}
  ORDER BY m."id"
  LIMIT ${limit}`;

/** How many commitments the list holds, and how many of them are linked to the city's plans. */
const commitmentCountSql = (f: ReportFilter) => P.sql`
  SELECT COUNT(*) AS "total",
    SUM(CASE WHEN m."budgetYear" IS NOT NULL OR m."radReference" IS NOT NULL OR m."rpjmdReference" IS NOT NULL OR m."rkpdReference" IS NOT NULL
      OR m."sipdProgram" IS NOT NULL OR m."sipdActivity" IS NOT NULL OR m."sipdSubActivity" IS NOT NULL THEN 1 ELSE 0 END) AS "linked"
  FROM "Commitment" m
  JOIN "AgendaItem" ai ON ai."id" = m."agendaItemId"
  JOIN "City" c ON c."id" = m."cityId"
  WHERE ${countedCommitments(f)}`;

export type ReportedCommitment = {
  id: string; cityName: string; region: RegionCode; item: string; kind: CommitmentKind; status: ProgressStatus; percent: number; reportedOn: Date | null; verified: boolean;
  budgetYear: number | null; radReference: string | null; rpjmdReference: string | null; rkpdReference: string | null;
  sipdProgram: string | null; sipdActivity: string | null; sipdSubActivity: string | null;
};
type CommitmentRow = Omit<ReportedCommitment, "percent" | "reportedOn" | "verified" | "budgetYear"> & { percent: Num; reportedOn: Date | string | null; verified: Num; budgetYear: Num };
type Num = bigint | number | null;

/**
 * Every commitment the implementation tables count for the filters (budget year included), a
 * thousand at a time, so an export never holds them all in memory. Cities and items only: no person.
 */
export async function* reportedCommitments(db: Db, f: ReportFilter): AsyncGenerator<ReportedCommitment> {
  let after: string | null = null;
  for (;;) {
    const page: CommitmentRow[] = await db.$queryRaw(commitmentPageSql(f, after));
    for (const row of page) {
      yield {
        ...row, percent: n(row.percent), verified: n(row.verified) === 1, budgetYear: row.budgetYear === null ? null : n(row.budgetYear),
        // SQLite hands raw DateTime columns back as ISO text, PostgreSQL as a Date.
        reportedOn: row.reportedOn === null ? null : new Date(row.reportedOn),
      };
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/** The list of commitments for an export: its rows (streamed) and its counts. */
export async function commitmentList(db: Db, f: ReportFilter) {
  const [counts] = await db.$queryRaw<{ total: Num; linked: Num }[]>(commitmentCountSql(f));
  return { rows: reportedCommitments(db, f), total: n(counts?.total ?? 0), linked: n(counts?.linked ?? 0) };
}
export type CommitmentList = Awaited<ReturnType<typeof commitmentList>>;

/**
 * Drops filter ids that name nothing (a stale or forged link shows the whole report, not an empty
 * one) and returns the human labels of those that remain, for the PDF and the page.
 */
export async function resolveReportFilter<F extends ReportFilter>(db: Db, f: F, locale: string) {
  const [forum, theme] = await Promise.all([
    f.forum ? db.forum.findUnique({ where: { id: f.forum }, select: { title: true, titleEn: true } }) : null,
    f.theme ? db.theme.findUnique({ where: { id: f.theme }, select: { nameId: true, nameEn: true } }) : null,
  ]);
  return {
    filter: { ...f, forum: forum ? f.forum : undefined, theme: theme ? f.theme : undefined },
    labels: {
      forum: forum ? (locale === "en" && forum.titleEn ? forum.titleEn : forum.title) : undefined,
      theme: theme ? (locale === "en" ? theme.nameEn : theme.nameId) : undefined,
    },
  };
}

/** The board's report page: the roll-ups for the filters, with what the filters offer. Null for anyone else. */
export async function boardReportPage(actor: Actor, raw: ReportFilter, locale: string) {
  if (!can(actor, "reports.view")) return null;
  const db = getDb();
  const [{ filter }, forums, themes, budgetYears, cycles, places] = await Promise.all([
    resolveReportFilter(db, raw, locale),
    db.forum.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, titleEn: true } }),
    allThemes(db),
    // The budget years cities have linked commitments to (GROUP BY in the database), for the filter.
    db.commitment.groupBy({ by: ["budgetYear"], where: { budgetYear: { not: null } }, orderBy: { budgetYear: "desc" } }),
    // The cycles the chair's report to the board can be printed for.
    chairReportYears(db, actor),
    // Where each city is, for the map of implementation.
    cityCoordinates(db),
  ]);
  return { filter, report: await boardReport(db, filter), options: { forums, themes, budgetYears: budgetYears.map((r) => r.budgetYear!) }, cycles: cycles ?? [], places };
}
