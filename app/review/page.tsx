import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { TextField } from "@/components/forms/TextField";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requirePermission } from "@/lib/auth/guard.server";
import { REGIONS } from "@/lib/cities/constants";
import { getDb } from "@/lib/db.server";
import { formatDateTime } from "@/lib/format/zones";
import { localized } from "@/lib/forums/display";
import { SCOPES } from "@/lib/proposals/constants";
import { queueFilterOptions, reviewQueue } from "@/lib/review/queries.server";
import { QUEUE_SORTS, QUEUE_STATUSES, queueFilterSchema } from "@/lib/review/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("review.view");
  const filter = queueFilterSchema.parse(await searchParams);
  const db = getDb();
  const [t, tEnums, locale, { rows, total, pages }, options] = await Promise.all([
    getTranslations("review"), getTranslations("enums"), getLocale(), reviewQueue(db, filter), queueFilterOptions(db),
  ]);
  const params = Object.fromEntries(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  const href = (page: number) => `/review?${new URLSearchParams({ ...params, page: String(page) })}`;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={[{ href: "/review/clusters", label: t("clusters") }]} />
      <FilterPanel id="queue-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/review" columns="sm:grid-cols-2 lg:grid-cols-4">
          <TextField name="q" type="search" label={t("q")} defaultValue={filter.q ?? ""} />
          <SelectField name="forum" label={t("forum")} defaultValue={filter.forum ?? ""} placeholder={t("all")} options={options.forums.map((f) => ({ value: f.id, label: localized(locale, f.title, f.titleEn) }))} />
          <SelectField name="city" label={t("city")} defaultValue={filter.city ?? ""} placeholder={t("all")} options={options.cities.map((c) => ({ value: c.id, label: c.name }))} />
          <SelectField name="region" label={t("region")} defaultValue={filter.region ?? ""} placeholder={t("all")} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
          <SelectField name="theme" label={t("theme")} defaultValue={filter.theme ?? ""} placeholder={t("all")} options={options.themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
          <SelectField name="scope" label={t("scope")} defaultValue={filter.scope ?? ""} placeholder={t("all")} options={SCOPES.map((s) => ({ value: s, label: tEnums(`scope.${s}`) }))} />
          <SelectField name="status" label={t("status")} defaultValue={filter.status ?? ""} placeholder={t("all")} options={QUEUE_STATUSES.map((s) => ({ value: s, label: tEnums(`proposalStatus.${s}`) }))} />
          <SelectField name="sort" label={t("sort")} defaultValue={filter.sort} options={QUEUE_SORTS.map((s) => ({ value: s, label: t(`sort${s}`) }))} />
      </FilterPanel>
      <p className="mb-3" role="status">{t("total", { count: total })}</p>
      {rows.length === 0 ? <p>{t("none")}</p> : (
        <form method="get" action="/agenda/manage/new">
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr className="border-b-2 border-[var(--color-ink)]">
                  <th scope="col" className="py-2 pr-2">{t("select")}</th>
                  <th scope="col" className="py-2 pr-4">{t("city")}</th>
                  <th scope="col" className="py-2 pr-4">{t("theme")}</th>
                  <th scope="col" className="py-2 pr-4">{t("status")}</th>
                  <th scope="col" className="py-2">{t("submitted")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id} className="border-b border-[var(--color-line)] align-top">
                    <td className="py-2 pr-2">
                      {["SUBMITTED", "ACCEPTED"].includes(p.status) && (
                        <input type="checkbox" name="proposalIds" value={p.id} aria-label={t("selectProposal", { title: p.title })} className="h-6 w-6 accent-[var(--color-brand)]" />
                      )}
                    </td>
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link href={`/review/${p.id}`} className="font-semibold">{p.title}</Link>
                      <span className="block text-sm">{p.city.name} · {tEnums(`region.${p.city.region}`)}{p.scope ? ` · ${tEnums(`scope.${p.scope}`)}` : ""}</span>
                      {p.agendaSources[0] && <span className="block text-sm">→ <Link href={`/agenda/manage/${p.agendaSources[0].agendaItem.id}`}>{p.agendaSources[0].agendaItem.title}</Link></span>}
                    </th>
                    <td className="py-2 pr-4">{p.theme ? (locale === "en" ? p.theme.nameEn : p.theme.nameId) : "—"}</td>
                    <td className="py-2 pr-4">{tEnums(`proposalStatus.${p.status}`)}</td>
                    <td className="py-2 whitespace-nowrap">{p.submittedAt ? formatDateTime(p.submittedAt, locale, p.city.timeZone) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" className="btn mt-4">{t("mergeNew")}</button>
        </form>
      )}
      <Pagination page={filter.page} pages={pages} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: filter.page, pages }) }} />
    </>
  );
}
