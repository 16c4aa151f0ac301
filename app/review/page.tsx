import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { SentProposalFilterFields } from "@/components/proposals/SentProposalFilterFields";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { formatCount } from "@/lib/format/numbers";
import { formatDateTime } from "@/lib/format/zones";
import { MERGEABLE } from "@/lib/proposals/constants";
import { reviewQueueFor } from "@/lib/review/queries.server";
import { QUEUE_SORTS, queueFilterSchema, queueQuery, type QueueSort } from "@/lib/review/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

const SORT_LABELS = { newest: "sortnewest", oldest: "sortoldest", title: "sorttitle", city: "sortcity", endorsed: "sortendorsed" } as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("review.view");
  const filter = queueFilterSchema.parse(await searchParams);
  const [t, tEnums, locale, queue] = await Promise.all([getTranslations("review"), getTranslations("enums"), getLocale(), reviewQueueFor(actorOf(user), filter)]);
  if (!queue) notFound();
  const { rows, total, pages, options } = queue;
  const params = Object.fromEntries(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  const href = (page: number) => `/review?${new URLSearchParams({ ...params, page: String(page) })}`;
  const sortHref = (sort: QueueSort) => `/review?${new URLSearchParams({ ...params, sort })}`;
  const kept = queueQuery(params);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={[{ href: "/review/clusters", label: t("clusters") }]} />
      <FilterPanel id="queue-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/review" columns="sm:grid-cols-2 lg:grid-cols-4">
          <SentProposalFilterFields filter={filter} options={options} labels={{ q: t("q"), forum: t("forum"), city: t("city"), region: t("region"), theme: t("theme"), scope: t("scope"), status: t("status"), all: t("all") }} />
          <SelectField name="sort" label={t("sort")} defaultValue={filter.sort} options={QUEUE_SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))} />
      </FilterPanel>
      <p className="mb-3" role="status">{t("total", { count: total })}</p>
      {rows.length === 0 ? <p>{t("none")}</p> : (
        <form method="get" action="/agenda/manage/new">
          <DataTable
            caption={t("caption")}
            captionDetail={t(SORT_LABELS[filter.sort])}
            rows={rows}
            rowKey={(p) => p.id}
            empty={t("none")}
            columns={[
              {
                key: "select", header: t("select"),
                cell: (p) => MERGEABLE.includes(p.status) && (
                  <input type="checkbox" name="proposalIds" value={p.id} aria-label={t("selectProposal", { title: p.title })} className="h-6 w-6 accent-[var(--color-brand)]" />
                ),
              },
              {
                key: "proposal", header: t("proposalColumn"), rowHeader: true, sort: { href: sortHref("title"), current: filter.sort === "title" ? "ascending" : undefined },
                cell: (p) => (
                  <>
                    <Link href={`/review/${p.id}${kept ? `?${kept}` : ""}`} className="font-semibold">{p.title}</Link>
                    <span className="block text-sm">{p.city.name} · {tEnums(`region.${p.city.region}`)}{p.scope ? ` · ${tEnums(`scope.${p.scope}`)}` : ""}</span>
                    {p.agendaSources[0] && <span className="block text-sm">→ <Link href={`/agenda/manage/${p.agendaSources[0].agendaItem.id}`}>{p.agendaSources[0].agendaItem.title}</Link></span>}
                  </>
                ),
              },
              { key: "theme", header: t("theme"), cell: (p) => (p.theme ? (locale === "en" ? p.theme.nameEn : p.theme.nameId) : "—") },
              { key: "status", header: t("status"), cell: (p) => tEnums(`proposalStatus.${p.status}`) },
              {
                key: "endorsements", header: t("endorsementsColumn"), numeric: true,
                sort: { href: sortHref("endorsed"), current: filter.sort === "endorsed" ? "descending" : undefined },
                cell: (p) => formatCount(p.endorsementCount, locale),
              },
              {
                key: "submitted", header: t("submitted"), className: "whitespace-nowrap",
                sort: { href: sortHref(filter.sort === "newest" ? "oldest" : "newest"), current: filter.sort === "newest" ? "descending" : filter.sort === "oldest" ? "ascending" : undefined },
                cell: (p) => (p.submittedAt ? formatDateTime(p.submittedAt, locale, p.city.timeZone) : "—"),
              },
            ]}
          />
          <button type="submit" className="btn mt-4">{t("mergeNew")}</button>
        </form>
      )}
      <Pagination page={filter.page} pages={pages} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: filter.page, pages }) }} />
    </>
  );
}
