import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { dismissClusterAction } from "@/lib/agenda/actions";
import { notFound } from "next/navigation";
import { clustersFor } from "@/lib/agenda/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { formatCount } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("clustersTitle") };
}

const firstLine = (text: string) => (text.length > 220 ? `${text.slice(0, 217)}…` : text);

export default async function ClustersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("agenda.manage");
  const [{ saved }, clusters, t, tEnums, locale] = await Promise.all([searchParams, clustersFor(actorOf(user)), getTranslations("agenda"), getTranslations("enums"), getLocale()]);
  if (!clusters) notFound();
  return (
    <>
      {saved === "dismissed" && <Notice>{t("saveddismissed")}</Notice>}
      <PageHeader title={t("clustersTitle")} lead={t("clustersLead")} />
      {clusters.length === 0 ? <p>{t("clustersNone")}</p> : (
        <ol className="space-y-10">
          {clusters.map((c, n) => (
            <li key={c.key}>
              <section aria-labelledby={`cluster-${n}`} className="rounded border border-[var(--color-line)] p-4">
                <h2 id={`cluster-${n}`} className="mb-3 text-xl">{t("clusterOf", { n: n + 1, count: c.members.length })}</h2>
                <DataTable
                  caption={t("clusterTable", { n: n + 1 })}
                  rows={c.members}
                  rowKey={(m) => m.id}
                  empty={t("clustersNone")}
                  columns={[
                    { key: "city", header: t("city"), cell: (m) => <>{m.city.name}<span className="block text-sm">{tEnums(`proposalStatus.${m.status}`)}</span></> },
                    { key: "title", header: t("title"), rowHeader: true, cell: (m) => <Link href={`/review/${m.id}`}>{m.title}</Link> },
                    { key: "problem", header: t("problem"), cell: (m) => firstLine(m.problem) },
                    { key: "action", header: t("action"), cell: (m) => firstLine(m.action) },
                    { key: "endorsements", header: t("endorsementsColumn"), numeric: true, cell: (m) => formatCount(m.endorsementCount, locale) },
                  ]}
                />
                <div className="mt-4 flex flex-wrap items-start gap-6">
                  <Link className="btn" href={`/agenda/manage/new?${new URLSearchParams(c.members.map((m) => ["proposalIds", m.id]))}`}>{t("useCluster")}</Link>
                  <ClientIntl namespaces={["accounts"]}>
                    <ButtonForm action={dismissClusterAction.bind(null, c.members.map((m) => m.id))} title={t("dismiss")} hint="" label={t("dismiss")} />
                  </ClientIntl>
                </div>
              </section>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
