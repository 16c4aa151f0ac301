import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField, SelectField } from "@/components/forms/Fields";
import { CityMap, MAP_COLORS, type MarkerShape } from "@/components/map/CityMap";
import { ReportSection } from "@/components/reports/ReportSection";
import { DataTable } from "@/components/ui/DataTable";
import Link from "next/link";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { notFound } from "next/navigation";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { REGIONS } from "@/lib/cities/constants";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { IMPLEMENTATION_BUCKETS, implementationMap, type ImplementationBucket } from "@/lib/map/categories";
import { boardReportPage } from "@/lib/reports/queries.server";
import { reportFilterSchema, share } from "@/lib/reports/schemas";
import { boardTables, type Cell, type ReportTable } from "@/lib/reports/tables";

// Each bucket its own colour and shape, from "nothing done" (red triangle) to "all done" (green circle).
const BUCKET_MARKERS: Record<ImplementationBucket, { color: string; shape: MarkerShape }> = {
  none: { color: MAP_COLORS.line, shape: "ring" },
  zero: { color: MAP_COLORS.danger, shape: "triangle" },
  some: { color: MAP_COLORS.warning, shape: "diamond" },
  most: { color: MAP_COLORS.brand, shape: "square" },
  all: { color: MAP_COLORS.success, shape: "circle" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function BoardReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("reports.view");
  const raw = await searchParams;
  const [t, tEnums, localeRaw] = await Promise.all([getTranslations("reports"), getTranslations("enums"), getLocale()]);
  const locale = isLocale(localeRaw) ? localeRaw : "id";
  const page = await boardReportPage(actorOf(user), reportFilterSchema.parse(raw), locale);
  if (!page) notFound();
  const { filter, report, options, cycles, places } = page;
  const mapRows = implementationMap(report.participation, report.implementation.byCity, places);
  const tables = boardTables(report, locale, await loadMessages(locale)) as (ReportTable & { rows: Cell[][] })[];
  // The filters in force, as the URL says them (verified figures only: verified=1).
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v).map(([k, v]) => [k, v === true ? "1" : String(v)]));
  const exportHref = (format: string, table?: string) => `/reports/export?${new URLSearchParams({ ...Object.fromEntries(query), format, ...(table ? { table } : {}) })}`;
  const h = report.headline;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterPanel id="report-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/reports" columns="sm:grid-cols-3">
        <SelectField name="forum" label={t("forum")} defaultValue={filter.forum ?? ""} placeholder={t("all")} options={options.forums.map((f) => ({ value: f.id, label: localized(locale, f.title, f.titleEn) }))} />
        <SelectField name="theme" label={t("theme")} defaultValue={filter.theme ?? ""} placeholder={t("all")} options={options.themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
        <SelectField name="region" label={t("region")} defaultValue={filter.region ?? ""} placeholder={t("all")} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
        <SelectField
          name="budgetYear" label={t("budgetYear")} hint={t("budgetYearHint")} defaultValue={filter.budgetYear ? String(filter.budgetYear) : ""} placeholder={t("all")}
          options={[...new Set([...options.budgetYears, ...(filter.budgetYear ? [filter.budgetYear] : [])])].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <CheckboxField name="verified" label={t("verifiedOnly")} hint={t("verifiedOnlyHint")} defaultChecked={filter.verified === true} />
      </FilterPanel>

      <section aria-labelledby="headline-title" className="mb-10">
        <h2 id="headline-title" className="mb-3 text-2xl">{t("headline")}</h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded border border-[var(--color-line)] p-4">
            <dt>{t("membersParticipating")}</dt>
            <dd className="text-3xl font-bold">{t("ofMembers", { participating: h.participating, members: h.members })}</dd>
          </div>
          <div className="rounded border border-[var(--color-line)] p-4">
            <dt>{t("proposalsSubmitted")}</dt>
            <dd className="text-3xl font-bold">{h.submitted}</dd>
          </div>
          <div className="rounded border border-[var(--color-line)] p-4">
            <dt>{t("adoptionShare")}</dt>
            <dd className="text-3xl font-bold">{t("adoptionValue", { share: share(h.adopted, h.considered), adopted: h.adopted, considered: h.considered })}</dd>
            <dd className="field-hint mt-1 text-sm">{t("adoptionHint")}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="downloads-title" className="mb-10 rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
        <h2 id="downloads-title" className="mb-1 text-xl">{t("downloads")}</h2>
        <p className="field-hint mb-1">{t("downloadsHint")}</p>
        <p className="field-hint mb-3">{t("csvNote")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li><a href={exportHref("xlsx")} download>{t("downloadXlsx")}</a></li>
          <li><a href={exportHref("pdf")} download>{t("downloadPdf")}</a></li>
          <li><a href={exportHref("json")} download>{t("downloadJson")}</a></li>
          {/* The list of commitments with their links to the cities' plans is in the files only, like the list of proposals. */}
          <li><a href={exportHref("csv", "commitments")} download>{t("downloadCsv", { table: t("commitmentList") })}</a></li>
          <li><a href={exportHref("csv-id", "commitments")} download>{t("downloadCsvSemicolon", { table: t("commitmentList") })}</a></li>
        </ul>
      </section>

      <section aria-labelledby="chair-reports-title" className="mb-10 rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
        <h2 id="chair-reports-title" className="mb-1 text-xl">{t("chairReports")}</h2>
        <p className="field-hint mb-3">{t("chairReportsHint")}</p>
        {cycles.length === 0 ? <p>{t("noCycles")}</p> : (
          <ul className="list-disc space-y-1 pl-6">
            {cycles.map((year) => <li key={year}><a href={`/reports/cycles/${year}/chair-report`} download>{t("chairReportCycle", { year: String(year) })}</a></li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby="map-title" className="mb-10">
        <h2 id="map-title" className="mb-1 text-2xl">{t("mapTitle")}</h2>
        <p className="field-hint mb-3">{t(filter.verified ? "mapHintVerified" : "mapHint")}</p>
        <CityMap
          id="implementation-map"
          tableId="implementation-map-table"
          title={t("mapCaption")}
          categories={IMPLEMENTATION_BUCKETS.map((b) => ({ key: b, label: t(`mapBucket.${b}`), ...BUCKET_MARKERS[b] }))}
          points={mapRows.map((r) => ({ ...r, category: r.bucket, detail: r.commitments ? t("mapDetail", { done: r.done, total: r.commitments }) : undefined }))}
        />
        <div id="implementation-map-table">
          <DataTable
            caption={t("mapTableCaption")}
            rows={mapRows}
            rowKey={(r) => r.slug}
            empty={t("mapEmpty")}
            columns={[
              { key: "city", header: t("city"), rowHeader: true, cell: (r) => <Link href={`/cities/${r.slug}`}>{r.name}</Link> },
              { key: "done", header: t("mapDone"), numeric: true, cell: (r) => r.done },
              { key: "commitments", header: t("mapCommitments"), numeric: true, cell: (r) => r.commitments },
              { key: "share", header: t("doneShare"), numeric: true, cell: (r) => (r.commitments ? t("mapShareValue", { share: share(r.done, r.commitments) }) : "—") },
              { key: "bucket", header: t("mapBucketColumn"), cell: (r) => t(`mapBucket.${r.bucket}`) },
            ]}
          />
        </div>
      </section>

      {tables.map((table) => (
        <ReportSection
          key={table.key}
          table={table}
          locale={locale}
          chartLabel={t("chartLabel", { title: table.title, summary: table.summary })}
          captionLabel={t("tableCaption", { title: table.title })}
          downloads={[
            { href: exportHref("csv", table.key), label: t("downloadCsv", { table: table.title }) },
            { href: exportHref("csv-id", table.key), label: t("downloadCsvSemicolon", { table: table.title }) },
          ]}
        />
      ))}
    </>
  );
}
