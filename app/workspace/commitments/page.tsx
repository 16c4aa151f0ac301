import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitForm } from "@/components/commitments/CommitForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { SelectField } from "@/components/forms/Fields";
import { DataTable } from "@/components/ui/DataTable";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { notFound } from "next/navigation";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { commitAction } from "@/lib/commitments/actions";
import { cityCommitmentsPage, isOverdue } from "@/lib/commitments/queries.server";
import { commitmentListFilterSchema, isLinked, PLAN_LINK_STATES } from "@/lib/commitments/schemas";
import { formatDate } from "@/lib/format/zones";
import { formatPercent } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

type Row = NonNullable<Awaited<ReturnType<typeof cityCommitmentsPage>>>["commitments"][number];
type T = Awaited<ReturnType<typeof getTranslations<"commitments">>>;

/** Where the city's plans carry a commitment, in a few words: budget year and the most precise SIPD code, or the documents naming it. */
function planSummary(c: Row, t: T): string {
  if (!isLinked(c)) return t("plansNotLinked");
  const code = c.sipdSubActivity ?? c.sipdActivity ?? c.sipdProgram;
  const parts = [c.budgetYear ? t("budgetYearValue", { year: String(c.budgetYear) }) : null, code ? t("sipdValue", { code }) : null].filter((p): p is string => p !== null);
  if (parts.length) return parts.join(" · ");
  const documents = [c.radReference ? "RAD" : null, c.rpjmdReference ? "RPJMD" : null, c.rkpdReference ? "RKPD" : null].filter(Boolean).join(", ");
  return t("plansDocumentsOnly", { documents });
}

export default async function CityCommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("commitment.commit");
  const filter = commitmentListFilterSchema.parse(await searchParams);
  const [page, t, tEnums, locale] = await Promise.all([cityCommitmentsPage(actorOf(user), filter), getTranslations("commitments"), getTranslations("enums"), getLocale()]);
  if (!page) notFound();
  const { city, commitments, budgetYears, open, filtered, today } = page;
  const years = [...new Set([...budgetYears, ...(filter.budgetYear ? [filter.budgetYear] : [])])].sort((a, b) => b - a);
  return (
    <>
      <PageHeader title={t("titleCity", { city: city.name })} lead={t("lead")} actions={[{ href: "/workspace/scorecard", label: t("scorecardTitle") }, { href: "/workspace", label: t("backToWorkspace") }]} />
      <p className="mb-6"><a href={`/cities/${city.slug}/action-plan`} download>{t("actionPlanDownload", { city: city.name })}</a></p>
      <FilterPanel id="commitment-filter-title" title={t("filterTitle")} applyLabel={t("filterApply")} resetLabel={t("filterReset")} path="/workspace/commitments" columns="sm:grid-cols-2">
        <SelectField
          name="plans" label={t("plansFilter")} defaultValue={filter.plans ?? ""} placeholder={t("filterAll")}
          options={PLAN_LINK_STATES.map((s) => ({ value: s, label: t(s === "linked" ? "plansLinked" : "plansNotLinked") }))}
        />
        <SelectField
          name="budgetYear" label={t("budgetYear")} defaultValue={filter.budgetYear ? String(filter.budgetYear) : ""} placeholder={t("filterAll")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </FilterPanel>
      <div className="mb-10">
        <DataTable
          caption={t("caption")}
          rows={commitments}
          rowKey={(c) => c.id}
          empty={filtered ? t("noneMatching") : t("none")}
          columns={[
            {
              key: "item", header: t("item"), rowHeader: true,
              cell: (c) => (
                <>
                  <Link href={`/commitments/${c.id}`}>{c.item.title}</Link>
                  {isOverdue(c, c.lastDueOn, today) && <strong className="ml-2 text-[var(--color-danger)]">{t("overdue")}</strong>}
                </>
              ),
            },
            { key: "kind", header: t("kind"), cell: (c) => tEnums(`commitmentKind.${c.kind}`) },
            { key: "status", header: t("status"), cell: (c) => (c.notApplicable ? t("notApplicable") : tEnums(`progressStatus.${c.status}`)) },
            { key: "percent", header: t("percent"), numeric: true, cell: (c) => (c.notApplicable ? "—" : formatPercent(c.percent, locale)) },
            { key: "lastReport", header: t("lastReport"), cell: (c) => (c.lastReportedOn ? formatDate(c.lastReportedOn, locale) : t("never")) },
            { key: "plans", header: t("plansColumn"), cell: (c) => planSummary(c, t) },
          ]}
        />
      </div>
      <section aria-labelledby="commit-title">
        <h2 id="commit-title" className="mb-3 text-2xl">{t("commitTitle")}</h2>
        {open.length === 0 ? <p>{t("noOpenItems")}</p> : (
          <ClientIntl namespaces={["commitments"]}>
            <CommitForm action={commitAction} items={open} />
          </ClientIntl>
        )}
      </section>
    </>
  );
}
