import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { SentProposalFilterFields } from "@/components/proposals/SentProposalFilterFields";
import { DataTable } from "@/components/ui/DataTable";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { actorOf, requireUser } from "@/lib/auth/guard.server";
import { formatCount } from "@/lib/format/numbers";
import { formatDateTime } from "@/lib/format/zones";
import { proposalListFor } from "@/lib/proposals/list.server";
import { LIST_SORTS, listFilterSchema, type ListSort } from "@/lib/proposals/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("listTitle") };
}

const SORT_LABELS = { newest: "sortnewest", endorsed: "sortendorsed", discussed: "sortdiscussed" } as const;

export default async function ProposalListPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const filter = listFilterSchema.parse(await searchParams);
  const [t, tEnums, tForums, locale, list] = await Promise.all([
    getTranslations("proposals"), getTranslations("enums"), getTranslations("forums"), getLocale(), proposalListFor(actorOf(user), filter),
  ]);
  if (!list) notFound();
  const { rows, total, pages, options } = list;
  const params = Object.fromEntries(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  const href = (page: number) => `/proposals?${new URLSearchParams({ ...params, page: String(page) })}`;
  const sortHref = (sort: ListSort) => `/proposals?${new URLSearchParams({ ...params, sort })}`;
  return (
    <>
      <PageHeader title={t("listTitle")} lead={t("listLead")} />
      <FilterPanel id="list-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/proposals" columns="sm:grid-cols-2 lg:grid-cols-4">
        <SentProposalFilterFields filter={filter} options={options} labels={{ q: t("q"), qHint: t("qHint"), forum: t("forum"), city: t("city"), region: t("region"), theme: t("theme"), scope: t("scope"), status: t("status"), all: t("all") }} />
        <SelectField name="sort" label={t("sort")} defaultValue={filter.sort} options={LIST_SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))} />
      </FilterPanel>
      <p className="mb-3" role="status">{t("total", { count: total })}</p>
      <DataTable
        caption={t("listCaption")}
        captionDetail={t(SORT_LABELS[filter.sort])}
        rows={rows}
        rowKey={(p) => p.id}
        empty={t("none")}
        columns={[
          {
            key: "proposal", header: t("proposalColumn"), rowHeader: true,
            cell: (p) => (
              <>
                <Link href={`/proposals/${p.id}`} className="font-semibold">{p.title}</Link>
                <span className="block text-sm">
                  {p.city.name} · {tEnums(`region.${p.city.region}`)}{p.theme ? ` · ${locale === "en" ? p.theme.nameEn : p.theme.nameId}` : ""}
                  {p.isDemo && <> · <span className="rounded bg-[var(--color-warning-soft)] px-1">{tForums("demo")}</span></>}
                </span>
              </>
            ),
          },
          { key: "status", header: t("status"), cell: (p) => tEnums(`proposalStatus.${p.status}`) },
          {
            key: "endorsements", header: t("endorsementsColumn"), numeric: true,
            sort: { href: sortHref("endorsed"), current: filter.sort === "endorsed" ? "descending" : undefined },
            cell: (p) => formatCount(p.endorsementCount, locale),
          },
          {
            key: "comments", header: t("commentsColumn"), numeric: true,
            sort: { href: sortHref("discussed"), current: filter.sort === "discussed" ? "descending" : undefined },
            cell: (p) => formatCount(p.commentCount, locale),
          },
          {
            key: "submitted", header: t("submittedColumn"), className: "whitespace-nowrap",
            sort: { href: sortHref("newest"), current: filter.sort === "newest" ? "descending" : undefined },
            cell: (p) => (p.submittedAt ? formatDateTime(p.submittedAt, locale, p.city.timeZone) : "—"),
          },
        ]}
      />
      <Pagination page={filter.page} pages={pages} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: filter.page, pages }) }} />
    </>
  );
}
