// An edition as a file: open data (CSV, XLSX, JSON) and a printable PDF, through the same exporters
// as the agenda and the board's report. Built from the frozen rows only, so the file of an edition
// is the same whenever it is downloaded (apart from the generation time).
import { getDb } from "@/lib/db.server";
import { formatDayOf } from "@/lib/format/zones";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { can, type Actor } from "@/lib/policy/policy";
import { exportResponse } from "@/lib/reports/exports.server";
import type { ExportFormat } from "@/lib/reports/schemas";
import { translator, type Cell, type Column, type ReportTable } from "@/lib/reports/tables";
import { editionOf, type Edition } from "./queries.server";

const col = (key: string, header: string, kind: Column["kind"], width: number): Column => ({ key, header, kind, width });

export function editionTable(edition: Edition, locale: Locale, t: (k: string, v?: Record<string, string | number>) => string, enumLabel: (k: string) => string, format: ExportFormat): ReportTable {
  const en = locale === "en";
  // The printed edition reads as a list; the open data also carries the descriptions and stable ids.
  const full = format !== "pdf";
  const rows: Cell[][] = edition.items.map((i) => [
    i.position,
    en && i.titleEn ? i.titleEn : i.title,
    ...(full ? [en && i.descriptionEn ? i.descriptionEn : i.description] : []),
    enumLabel(`agendaLevel.${i.level}`),
    i.theme ? (en ? i.theme.nameEn : i.theme.nameId) : t("noTheme"),
    [...new Set(i.sources.map((s) => s.cityName))].join(", "),
    i.commitmentCount, i.doneCount, i.inProgressCount, i.plannedCount, i.notStartedCount, i.averagePercent,
    ...(full ? [i.agendaItemId ?? "", i.isDemo ? t("yes") : t("noAnswer")] : []),
  ]);
  return {
    key: "edition",
    title: t("editionTitle", { year: edition.cycleYear }),
    summary: t("editionSummary", { count: edition.items.length, commitments: edition.totals.commitments, done: edition.totals.done }),
    columns: [
      col("position", t("rank"), "number", 8),
      col("title", t("proposalTitle"), "text", 44),
      ...(full ? [col("description", t("itemDescription"), "text", 60)] : []),
      col("level", t("level"), "text", 18),
      col("theme", t("theme"), "text", 24),
      col("cityNames", t("proposingCities"), "text", 34),
      col("commitments", t("commitments"), "number", 12),
      col("done", t("done"), "number", 10), col("inProgress", t("inProgress"), "number", 12), col("planned", t("planned"), "number", 12),
      col("notStarted", t("notStarted"), "number", 12), col("averagePercent", t("averagePercent"), "percent", 12),
      ...(full ? [col("agendaItemId", t("itemId"), "text", 28), col("demo", t("demoData"), "text", 10)] : []),
    ],
    rows,
  };
}

/** An edition as a file, for anyone (editions are public); null when the year has no edition. */
export async function editionExport(actor: Actor, year: number, locale: Locale, format: ExportFormat, now = new Date()) {
  if (!can(actor, "edition.view")) return null;
  const edition = await editionOf(getDb(), year);
  if (!edition) return null;
  const messages = await loadMessages(locale);
  const { t, enumLabel } = translator(locale, messages);
  const frozen = t("editionFrozenLine", { date: formatDayOf(edition.frozenAt, "WIB", locale), digest: edition.digest });
  return exportResponse(format, [editionTable(edition, locale, t, enumLabel, format)], {
    title: t("editionTitle", { year }), name: `${locale === "en" ? "national-agenda-edition" : "edisi-agenda-nasional"}-${year}`, locale, t, isPublic: true,
    filtersLine: frozen, lineAsIs: true,
    filterCodes: { edition: year, frozenAt: edition.frozenAt.toISOString(), digest: edition.digest },
  }, now);
}
