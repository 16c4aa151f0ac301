import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitForm } from "@/components/commitments/CommitForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { notFound } from "next/navigation";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { commitAction } from "@/lib/commitments/actions";
import { cityCommitmentsPage, isOverdue } from "@/lib/commitments/queries.server";
import { formatDate } from "@/lib/format/zones";
import { formatPercent } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

export default async function CityCommitmentsPage() {
  const user = await requirePermission("commitment.commit");
  const [page, t, tEnums, locale] = await Promise.all([cityCommitmentsPage(actorOf(user)), getTranslations("commitments"), getTranslations("enums"), getLocale()]);
  if (!page) notFound();
  const { city, commitments, open, today } = page;
  return (
    <>
      <PageHeader title={t("titleCity", { city: city.name })} lead={t("lead")} actions={[{ href: "/workspace/scorecard", label: t("scorecardTitle") }, { href: "/workspace", label: t("backToWorkspace") }]} />
      <div className="mb-10">
        <DataTable
          caption={t("caption")}
          rows={commitments}
          rowKey={(c) => c.id}
          empty={t("none")}
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
