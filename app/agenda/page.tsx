import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField, SelectField } from "@/components/forms/Fields";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { agendaPage, publicAgendaFilterSchema, type PublishedAgendaItem } from "@/lib/agenda/public.server";
import { AGENDA_LEVELS } from "@/lib/agenda/schemas";
import { REGIONS } from "@/lib/cities/constants";
import { localized } from "@/lib/i18n/localized";
import { Localized } from "@/components/i18n/Localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicAgenda"))("title") };
}

export default async function NationalAgendaPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filter = publicAgendaFilterSchema.parse(await searchParams);
  const [t, tEnums, locale, { items, members, total, page, pages, options }] = await Promise.all([
    getTranslations("publicAgenda"), getTranslations("enums"), getLocale(), agendaPage(filter),
  ]);
  const filtered = Boolean(filter.forum || filter.theme || filter.region || filter.level);
  const params = Object.fromEntries(Object.entries(filter).filter(([k, v]) => v && k !== "page" && !(k === "view" && v === "priority")).map(([k, v]) => [k, v === true ? "1" : String(v)]));
  const href = (p: number) => `/agenda?${new URLSearchParams({ ...params, page: String(p) })}`;
  const exportHref = (format: string) => `/agenda/export?${new URLSearchParams({ ...params, format })}`;
  // Grouped by theme, the theme is the h2 and items are h3; otherwise items are the h2s.
  const Title = filter.view === "theme" ? "h3" : "h2";
  const themeName = (item: PublishedAgendaItem) => (item.theme ? (locale === "en" ? item.theme.nameEn : item.theme.nameId) : t("noTheme"));
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={[{ href: "/agenda/editions", label: t("editionsLink") }]} />
      <FilterPanel id="agenda-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/agenda" columns="sm:grid-cols-2 lg:grid-cols-5">
          <SelectField name="forum" label={t("forum")} defaultValue={filter.forum ?? ""} placeholder={t("all")} options={options.forums.map((f) => ({ value: f.id, label: localized(locale, f.title, f.titleEn) }))} />
          <SelectField name="theme" label={t("theme")} defaultValue={filter.theme ?? ""} placeholder={t("all")} options={options.themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
          <SelectField name="region" label={t("region")} defaultValue={filter.region ?? ""} placeholder={t("all")} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
          <SelectField name="level" label={t("level")} defaultValue={filter.level ?? ""} placeholder={t("all")} options={AGENDA_LEVELS.map((l) => ({ value: l, label: tEnums(`agendaLevel.${l}`) }))} />
          <SelectField name="view" label={t("view")} defaultValue={filter.view} options={[{ value: "priority", label: t("viewPriority") }, { value: "theme", label: t("viewTheme") }]} />
          <CheckboxField name="verified" label={t("verifiedOnly")} hint={t("verifiedOnlyHint")} defaultChecked={filter.verified === true} />
      </FilterPanel>
      <p className="mb-4" role="status">{total === 0 && filtered ? t("noneMatch") : t("count", { count: total })}</p>
      {filter.verified && <p className="mb-4">{t("verifiedMode")}</p>}
      <ol className="space-y-6">
        {items.map((item, i) => (
          <li key={item.id} className="rounded border border-[var(--color-line)] p-4">
            {filter.view === "theme" && (i === 0 || items[i - 1].theme?.id !== item.theme?.id) && <h2 className="mb-3 text-2xl">{themeName(item)}</h2>}
            <p className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">
              {t("priority", { n: item.rank })} · {tEnums(`agendaLevel.${item.level}`)}{item.theme ? ` · ${themeName(item)}` : ""}
            </p>
            <Title className="mb-2 text-xl break-words"><Link href={`/agenda/${item.id}`}><Localized locale={locale} id={item.title} en={item.titleEn} /></Link></Title>
            <p className="mb-2">
              {t("backedBy", {
                cities: t("citiesCount", { count: item.cities.length }),
                members,
                regions: t("regionsCount", { count: item.regions.length }),
              })}
            </p>
            <p className="text-sm">{item.cities.map((c) => c.name).join(", ")}</p>
            {item.progress && item.progress.commitments > 0 && (
              <p className="mt-2 text-sm">
                {t(filter.verified ? "progressVerified" : "progress", { done: item.progress.done, inProgress: item.progress.inProgress, planned: item.progress.planned, notStarted: item.progress.notStarted, commitments: item.progress.commitments })}{" "}
                {t("progressVerifiedCount", { verified: item.progress.verified })}
              </p>
            )}
          </li>
        ))}
      </ol>
      <Pagination page={page} pages={pages} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />
      <section aria-labelledby="agenda-downloads" className="mt-10 rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
        <h2 id="agenda-downloads" className="mb-2 text-xl">{t("downloads")}</h2>
        <p className="field-hint mb-3">{t("csvNote")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li><a href={exportHref("csv")} download>{t("downloadCsv")}</a></li>
          <li><a href={exportHref("csv-id")} download>{t("downloadCsvSemicolon")}</a></li>
          <li><a href={exportHref("xlsx")} download>{t("downloadXlsx")}</a></li>
          <li><a href={exportHref("json")} download>{t("downloadJson")}</a></li>
          <li><a href={exportHref("pdf")} download>{t("downloadPdf")}</a></li>
        </ul>
      </section>
    </>
  );
}
