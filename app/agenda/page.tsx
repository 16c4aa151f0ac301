import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { publicAgendaFilterSchema, publishedAgenda } from "@/lib/agenda/public.server";
import { AGENDA_LEVELS } from "@/lib/agenda/schemas";
import { REGIONS } from "@/lib/cities/constants";
import { getDb } from "@/lib/db.server";
import { localized } from "@/lib/forums/display";
import { queueFilterOptions } from "@/lib/review/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicAgenda"))("title") };
}

export default async function NationalAgendaPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filter = publicAgendaFilterSchema.parse(await searchParams);
  const db = getDb();
  const [t, tEnums, locale, { items, members }, options] = await Promise.all([
    getTranslations("publicAgenda"), getTranslations("enums"), getLocale(), publishedAgenda(db, filter), queueFilterOptions(db),
  ]);
  const filtered = Object.values(filter).some(Boolean);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterPanel id="agenda-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/agenda" columns="sm:grid-cols-2 lg:grid-cols-4">
          <SelectField name="forum" label={t("forum")} defaultValue={filter.forum ?? ""} placeholder={t("all")} options={options.forums.map((f) => ({ value: f.id, label: localized(locale, f.title, f.titleEn) }))} />
          <SelectField name="theme" label={t("theme")} defaultValue={filter.theme ?? ""} placeholder={t("all")} options={options.themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
          <SelectField name="region" label={t("region")} defaultValue={filter.region ?? ""} placeholder={t("all")} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
          <SelectField name="level" label={t("level")} defaultValue={filter.level ?? ""} placeholder={t("all")} options={AGENDA_LEVELS.map((l) => ({ value: l, label: tEnums(`agendaLevel.${l}`) }))} />
      </FilterPanel>
      <p className="mb-4" role="status">{items.length === 0 && filtered ? t("noneMatch") : t("count", { count: items.length })}</p>
      <ol className="space-y-6">
        {items.map((item, i) => (
          <li key={item.id} className="rounded border border-[var(--color-line)] p-4">
            <p className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">
              {t("priority", { n: i + 1 })} · {tEnums(`agendaLevel.${item.level}`)}{item.theme ? ` · ${locale === "en" ? item.theme.nameEn : item.theme.nameId}` : ""}
            </p>
            <h2 className="mb-2 text-xl"><Link href={`/agenda/${item.id}`}>{item.title}</Link></h2>
            <p className="mb-2">
              {t("backedBy", {
                cities: t("citiesCount", { count: item.cities.length }),
                members,
                regions: t("regionsCount", { count: item.regions.length }),
              })}
            </p>
            <p className="text-sm">{item.cities.map((c) => c.name).join(", ")}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
