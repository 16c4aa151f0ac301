// The downloads: the board's report (signed-in readers) and the published agenda (anyone). Route
// handlers only parse the request and check permission; everything else happens here.
import { countPublishedAgenda, publicAgendaFilterSchema, publishedAgendaAll } from "@/lib/agenda/public.server";
import { getDb, type Db } from "@/lib/db.server";
import { can, proposalStatusesVisibleTo, type Actor } from "@/lib/policy/policy";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { exportResponse } from "./exports.server";
import { boardReport, commitmentList, reportedProposals, resolveReportFilter } from "./queries.server";
import { reportFilterSchema, type ExportFormat, type ReportTableKey } from "./schemas";
import { agendaTable, boardTables, describeFilters, translator, type Translate } from "./tables";

/**
 * A file with verified figures only, or of one budget year, says so in its name too: CSV and XLSX
 * have no filters line ("laporan-dewan-terverifikasi-ta-2025-…").
 */
const fileName = (stem: string, verified: boolean, t: Translate, budgetYear?: number) =>
  [stem, verified ? t("verifiedFileSuffix") : null, budgetYear ? t("budgetYearFileSuffix", { year: String(budgetYear) }) : null].filter(Boolean).join("-");

export async function boardDownload(db: Db, actor: Actor, locale: Locale, format: ExportFormat, table: ReportTableKey | undefined, params: Record<string, string>, now = new Date()) {
  const messages = await loadMessages(locale);
  const { t, enumLabel } = translator(locale, messages);
  const { filter, labels } = await resolveReportFilter(db, reportFilterSchema.parse(params), locale);
  const report = await boardReport(db, filter);
  const csv = format === "csv" || format === "csv-id";
  // The PDF is for reading in a meeting: the summary tables, not 100,000 proposal or commitment rows.
  // A CSV holds one table: the list of commitments is counted only when it is the one asked for.
  const lists = format === "pdf" ? undefined : {
    proposals: reportedProposals(db, filter, proposalStatusesVisibleTo(actor)),
    commitments: !csv || table === "commitments" ? await commitmentList(db, filter) : undefined,
  };
  let tables = boardTables(report, locale, messages, lists);
  if (csv) tables = tables.filter((x) => x.key === (table ?? "participation"));
  const verified = filter.verified === true;
  const budgetYear = filter.budgetYear ? [`${t("budgetYear")}: ${filter.budgetYear}`] : [];
  return exportResponse(format, tables, {
    title: t("reportFileTitle"), name: fileName(locale === "en" ? "board-report" : "laporan-dewan", verified, t, filter.budgetYear), locale, t, isPublic: false,
    filtersLine: describeFilters(t, { ...labels, region: filter.region ? enumLabel(`region.${filter.region}`) : undefined }, verified, budgetYear),
    filterCodes: { forum: filter.forum ?? null, theme: filter.theme ?? null, region: filter.region ?? null, verified, budgetYear: filter.budgetYear ?? null },
  }, now);
}

export async function agendaDownload(db: Db, locale: Locale, format: ExportFormat, params: Record<string, string>, now = new Date()) {
  const messages = await loadMessages(locale);
  const { t, enumLabel } = translator(locale, messages);
  const parsed = publicAgendaFilterSchema.parse(params);
  const { filter, labels } = await resolveReportFilter(db, parsed, locale);
  const [members, items] = await Promise.all([db.city.count({ where: { membershipStatus: "MEMBER" } }), countPublishedAgenda(db, filter)]);
  const table = agendaTable(publishedAgendaAll(db, filter), locale, messages, { items, members });
  const level = filter.level ? enumLabel(`agendaLevel.${filter.level}`) : t("all");
  const verified = filter.verified === true;
  return exportResponse(format, [table], {
    title: t("agendaTitle"), name: fileName(locale === "en" ? "national-agenda" : "agenda-nasional", verified, t), locale, t, isPublic: true,
    filtersLine: describeFilters(t, { ...labels, region: filter.region ? enumLabel(`region.${filter.region}`) : undefined }, verified, [`${t("level")}: ${level}`]),
    filterCodes: { forum: filter.forum ?? null, theme: filter.theme ?? null, region: filter.region ?? null, level: filter.level ?? null, verified },
  }, now);
}

/** The board's report as a file, for a reader allowed to see reports (null for anyone else). */
export async function boardReportExport(actor: Actor, locale: Locale, format: ExportFormat, table: ReportTableKey | undefined, params: Record<string, string>) {
  return can(actor, "reports.view") ? boardDownload(getDb(), actor, locale, format, table, params) : null;
}

/** The published agenda as a file: public. */
export const publicAgendaExport = (locale: Locale, format: ExportFormat, params: Record<string, string>) => agendaDownload(getDb(), locale, format, params);
