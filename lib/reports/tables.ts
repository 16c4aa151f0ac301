// One localized description of each report table, used by the page, the charts and every export
// format, so the numbers a board member reads on screen are the numbers in the file they download.
import { createTranslator } from "next-intl";
import type { ZoneCode } from "@/lib/format/zones";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { BoardReport, CommitmentList, ReportedProposal } from "./queries.server";
import { REPORTED_STATUSES, share, type ReportTableKey } from "./schemas";

/**
 * A moment (submitted, published): people read the calendar day it falls on in the zone of the city
 * or forum it belongs to; open data keeps the instant with that zone's offset. A plain Date cell is a
 * calendar day as stored (UTC midnight).
 */
type Moment = { at: Date; zone: ZoneCode };
export type Cell = string | number | Date | Moment | null;
export const moment = (at: Date | null, zone: ZoneCode): Moment | null => (at ? { at, zone } : null);
export const isMoment = (value: unknown): value is Moment => typeof value === "object" && value !== null && !(value instanceof Date) && "at" in value && "zone" in value;
export type ColumnKind = "text" | "number" | "percent" | "date";
export type Column = { key: string; header: string; kind: ColumnKind; /** characters, for XLSX and PDF */ width: number };
export type ReportTable = {
  key: ReportTableKey | "agenda" | "edition";
  title: string;
  /** The headline figure in one sentence: the chart's text alternative and the table's summary. */
  summary: string;
  columns: Column[];
  rows: Cell[][] | AsyncIterable<Cell[]>;
  /** Which columns the bar chart draws (label and value); none for long lists. */
  chart?: { label: number; value: number; max?: number };
  /** The columns the printed PDF shows, by key, when not all of them fit a page (the files keep all). */
  print?: string[];
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translator(locale: Locale, messages: Messages): { t: Translate; enumLabel: Translate } {
  const all = createTranslator({ locale, messages });
  const tr = all as unknown as Translate;
  return { t: (k, v) => tr(`reports.${k}`, v), enumLabel: (k) => tr(`enums.${k}`) };
}

const col = (key: string, header: string, kind: ColumnKind, width: number): Column => ({ key, header, kind, width });

/**
 * The board report's tables. The long lists (every commitment, every proposal) only go into files
 * that can hold them: `lists` leaves them out of the page and the PDF.
 */
export function boardTables(report: BoardReport, locale: Locale, messages: Messages, lists?: { proposals?: AsyncIterable<ReportedProposal>; commitments?: CommitmentList }): ReportTable[] {
  const { t, enumLabel } = translator(locale, messages);
  const name = (id: string | null, en: string | null) => (locale === "en" && en ? en : id);
  const h = report.headline;
  const missing = report.participation.filter((c) => c.proposals === 0).map((c) => c.name);
  const topTheme = report.themeStatus[0];
  const topRegion = report.region[0];
  const topForum = report.forum[0];
  const topScope = report.scope[0];
  const noTheme = t("noTheme");

  const tables: ReportTable[] = [
    {
      key: "participation",
      title: t("participation"),
      summary: t("participationSummary", { participating: h.participating, members: h.members, missing: missing.length, names: missing.join(", ") || "—" }),
      columns: [col("city", t("city"), "text", 24), col("region", t("region"), "text", 22), col("proposals", t("proposals"), "number", 12), col("submitted", t("hasSubmitted"), "text", 14)],
      rows: report.participation.map((c) => [c.name, enumLabel(`region.${c.region}`), c.proposals, c.proposals > 0 ? t("yes") : t("notYet")]),
      chart: { label: 0, value: 2 },
    },
    {
      key: "themeStatus",
      title: t("themeStatus"),
      summary: topTheme ? t("themeStatusSummary", { submitted: h.submitted, theme: name(topTheme.nameId, topTheme.nameEn) ?? noTheme, count: topTheme.total }) : t("noProposals"),
      columns: [col("theme", t("theme"), "text", 34), ...REPORTED_STATUSES.map((s) => col(s, enumLabel(`proposalStatus.${s}`), "number", 12)), col("total", t("total"), "number", 10)],
      rows: report.themeStatus.map((r) => [name(r.nameId, r.nameEn) ?? noTheme, ...REPORTED_STATUSES.map((s) => r.counts[s]), r.total]),
      chart: { label: 0, value: REPORTED_STATUSES.length + 1 },
    },
    {
      key: "scope",
      title: t("scope"),
      summary: topScope ? t("scopeSummary", { scope: topScope.scope ? enumLabel(`scope.${topScope.scope}`) : t("noScope"), count: topScope.count, submitted: h.submitted }) : t("noProposals"),
      columns: [col("scope", t("scopeLabel"), "text", 44), col("proposals", t("proposals"), "number", 12), col("share", t("share"), "percent", 10)],
      rows: report.scope.map((r) => [r.scope ? enumLabel(`scope.${r.scope}`) : t("noScope"), r.count, share(r.count, h.submitted)]),
      chart: { label: 0, value: 1 },
    },
    {
      key: "region",
      title: t("regionAdoption"),
      summary: h.submitted > 0
        ? t("adoptionSummary", { adopted: h.adopted, considered: h.considered, share: share(h.adopted, h.considered), region: topRegion ? enumLabel(`region.${topRegion.region}`) : "—", count: topRegion?.proposals ?? 0 })
        : t("noProposals"),
      columns: [col("region", t("region"), "text", 22), col("proposals", t("proposals"), "number", 12), col("cities", t("cities"), "number", 10), col("considered", t("considered"), "number", 14), col("adopted", t("adopted"), "number", 12), col("share", t("adoptedShare"), "percent", 12)],
      rows: report.region.map((r) => [enumLabel(`region.${r.region}`), r.proposals, r.cities, r.considered, r.adopted, share(r.adopted, r.considered)]),
      chart: { label: 0, value: 5, max: 100 },
    },
    {
      key: "forum",
      title: t("forum"),
      summary: topForum ? t("forumSummary", { forum: name(topForum.title, topForum.titleEn) ?? t("noForum"), count: topForum.proposals, forums: report.forum.length }) : t("noProposals"),
      columns: [col("forum", t("forum"), "text", 44), col("proposals", t("proposals"), "number", 12), col("cities", t("cities"), "number", 10)],
      rows: report.forum.map((r) => [name(r.title, r.titleEn) ?? t("noForum"), r.proposals, r.cities]),
      chart: { label: 0, value: 1 },
    },
    ...implementationTables(report, t, enumLabel),
  ];
  if (lists?.commitments) tables.push(commitmentTable(lists.commitments, t, enumLabel, report.implementation.verifiedOnly));
  if (lists?.proposals) tables.push(proposalTable(lists.proposals, t, enumLabel, locale, h.submitted));
  return tables;
}

function implementationTables(report: BoardReport, t: Translate, enumLabel: Translate): ReportTable[] {
  const { byItem, byCity, byRegion, verifiedOnly } = report.implementation;
  const total = byRegion.reduce((s, r) => s + r.commitments, 0);
  const done = byRegion.reduce((s, r) => s + r.done, 0);
  const verified = byRegion.reduce((s, r) => s + r.verified, 0);
  const summary = total
    ? t(verifiedOnly ? "implementationSummaryVerified" : "implementationSummary", { done, total, share: share(done, total), cities: byCity.length, verified })
    : t("noCommitments");
  const statusColumns = [col("done", t("done"), "number", 10), col("inProgress", t("inProgress"), "number", 12), col("planned", t("planned"), "number", 12), col("notStarted", t("notStarted"), "number", 12)];
  // How many of the counted commitments have their latest report verified, whichever figures are shown.
  const totals = [col("commitments", t("commitments"), "number", 12), col("verified", t("verified"), "number", 14), col("share", t("doneShare"), "percent", 12)];
  const counts = (r: { done: number; inProgress: number; planned: number; notStarted: number; commitments: number; verified: number }) =>
    [r.done, r.inProgress, r.planned, r.notStarted, r.commitments, r.verified, share(r.done, r.commitments)];
  return [
    {
      key: "implementationItem", title: t("implementationItem"), summary,
      columns: [col("item", t("agendaItem"), "text", 44), ...statusColumns, ...totals],
      rows: byItem.map((r) => [r.title, ...counts(r)]),
      chart: { label: 0, value: 7, max: 100 },
    },
    {
      key: "implementationCity", title: t("implementationCity"), summary,
      columns: [col("city", t("city"), "text", 24), col("region", t("region"), "text", 22), ...statusColumns, ...totals],
      rows: byCity.map((r) => [r.name, enumLabel(`region.${r.region}`), ...counts(r)]),
      chart: { label: 0, value: 8, max: 100 },
    },
    {
      key: "implementationRegion", title: t("implementationRegion"), summary,
      columns: [col("region", t("region"), "text", 22), ...statusColumns, ...totals],
      rows: byRegion.map((r) => [enumLabel(`region.${r.region}`), ...counts(r)]),
      chart: { label: 0, value: 7, max: 100 },
    },
  ];
}

/**
 * Every counted commitment with its stage and its links to the city's own plans (RAD, RPJMD, RKPD,
 * budget year, SIPD codes): what the implementation tables add up, row by row. SIPD codes stay text
 * ("2.07.02" is no number); an empty link is an empty cell (null in JSON).
 */
function commitmentTable(list: CommitmentList, t: Translate, enumLabel: Translate, verifiedOnly: boolean): ReportTable {
  async function* rows(): AsyncIterable<Cell[]> {
    for await (const c of list.rows) {
      yield [
        c.cityName, enumLabel(`region.${c.region}`), c.item, enumLabel(`commitmentKind.${c.kind}`), enumLabel(`progressStatus.${c.status}`), c.percent,
        c.reportedOn, c.verified ? t("yes") : t("notYet"),
        c.budgetYear, c.radReference, c.rpjmdReference, c.rkpdReference, c.sipdProgram, c.sipdActivity, c.sipdSubActivity,
      ];
    }
  }
  const summary = t("commitmentListSummary", { count: list.total, linked: list.linked });
  return {
    key: "commitments",
    title: t("commitmentList"),
    summary: verifiedOnly && list.total ? `${summary} ${t("commitmentListVerified")}` : summary,
    columns: [
      col("city", t("city"), "text", 20), col("region", t("region"), "text", 20), col("agendaItem", t("agendaItem"), "text", 44), col("kind", t("commitmentKind"), "text", 14),
      col("status", t("status"), "text", 16), col("percent", t("percentDone"), "percent", 12), col("reportedOn", t("reportedOn"), "date", 14), col("verified", t("verified"), "text", 14),
      col("budgetYear", t("budgetYear"), "number", 12), col("radReference", t("radReference"), "text", 30), col("rpjmdReference", t("rpjmdReference"), "text", 30),
      col("rkpdReference", t("rkpdReference"), "text", 30), col("sipdProgram", t("sipdProgram"), "text", 14), col("sipdActivity", t("sipdActivity"), "text", 16),
      col("sipdSubActivity", t("sipdSubActivity"), "text", 20),
    ],
    rows: rows(),
  };
}

function proposalTable(source: AsyncIterable<ReportedProposal>, t: Translate, enumLabel: Translate, locale: Locale, count: number): ReportTable {
  async function* rows(): AsyncIterable<Cell[]> {
    for await (const p of source) {
      yield [
        p.title, p.cityName, enumLabel(`region.${p.region}`),
        p.themeNameId ? (locale === "en" && p.themeNameEn ? p.themeNameEn : p.themeNameId) : t("noTheme"),
        p.scope ? enumLabel(`scope.${p.scope}`) : t("noScope"),
        enumLabel(`proposalStatus.${p.status}`),
        p.forumTitle ? (locale === "en" && p.forumTitleEn ? p.forumTitleEn : p.forumTitle) : t("noForum"),
        moment(p.submittedAt, p.cityZone), p.agendaItem ?? "",
      ];
    }
  }
  return {
    key: "proposals",
    title: t("proposalList"),
    summary: t("proposalListSummary", { count }),
    columns: [
      col("title", t("proposalTitle"), "text", 50), col("city", t("city"), "text", 20), col("region", t("region"), "text", 20), col("theme", t("theme"), "text", 30),
      col("scope", t("scopeLabel"), "text", 30), col("status", t("status"), "text", 18), col("forum", t("forum"), "text", 36), col("submittedAt", t("submittedAt"), "date", 14),
      col("agendaItem", t("agendaItem"), "text", 40),
    ],
    rows: rows(),
  };
}

/**
 * "Forum: all · Theme: all · Region: Jawa · Implementation figures: verified only", for the PDF and
 * the page; `more` (e.g. the agenda's level) comes before the figures' mode.
 */
export function describeFilters(t: Translate, labels: { forum?: string; theme?: string; region?: string }, verified: boolean, more: string[] = []): string {
  const all = t("all");
  return [
    `${t("forum")}: ${labels.forum ?? all}`, `${t("theme")}: ${labels.theme ?? all}`, `${t("region")}: ${labels.region ?? all}`, ...more,
    `${t("figures")}: ${verified ? t("figuresVerified") : t("figuresAll")}`,
  ].join(" · ");
}

type AgendaRow = {
  rank: number; title: string; level: string; publishedAt: Date | null; zone: ZoneCode; sourceCount: number;
  theme: { nameId: string; nameEn: string } | null; cities: { name: string; region: string }[]; regions: string[];
  progress: { done: number; inProgress: number; planned: number; notStarted: number; commitments: number; verified: number } | null;
};

/** The published agenda as one table: the public export (no personal data, cities only). */
export function agendaTable(source: AsyncIterable<AgendaRow>, locale: Locale, messages: Messages, counts: { items: number; members: number }): ReportTable {
  const { t, enumLabel } = translator(locale, messages);
  async function* rows(): AsyncIterable<Cell[]> {
    for await (const item of source) {
      yield [
        item.rank, item.title, enumLabel(`agendaLevel.${item.level}`),
        item.theme ? (locale === "en" ? item.theme.nameEn : item.theme.nameId) : t("noTheme"),
        item.cities.length, counts.members, item.cities.map((c) => c.name).join(", "),
        item.regions.map((r) => enumLabel(`region.${r}`)).join(", "), item.sourceCount, moment(item.publishedAt, item.zone),
        // Implementation: committed cities per stage (by verified reports with that filter), and how many have their latest report verified.
        item.progress?.done ?? 0, item.progress?.inProgress ?? 0, item.progress?.planned ?? 0, item.progress?.notStarted ?? 0,
        item.progress?.commitments ?? 0, item.progress?.verified ?? 0,
      ];
    }
  }
  return {
    key: "agenda",
    title: t("agendaTitle"),
    summary: t("agendaSummary", { count: counts.items }),
    columns: [
      col("priority", t("rank"), "number", 10), col("title", t("proposalTitle"), "text", 50), col("level", t("level"), "text", 22),
      col("theme", t("theme"), "text", 30), col("cities", t("backingCities"), "number", 12), col("members", t("members"), "number", 12),
      col("cityNames", t("cityNames"), "text", 40), col("regions", t("regions"), "text", 30), col("sources", t("sources"), "number", 12),
      col("publishedAt", t("publishedAt"), "date", 14),
      col("done", t("done"), "number", 10), col("inProgress", t("inProgress"), "number", 12), col("planned", t("planned"), "number", 12),
      col("notStarted", t("notStarted"), "number", 12), col("commitments", t("commitments"), "number", 12), col("verified", t("verified"), "number", 14),
    ],
    // On paper: what an item is, who backs it, and how far the cities are; the counts and regions stay in the open data.
    print: ["priority", "title", "level", "theme", "cityNames", "publishedAt", "done", "inProgress", "planned", "notStarted", "commitments"],
    rows: rows(),
  };
}
