import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/accounts/ButtonForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { dismissClusterAction } from "@/lib/agenda/actions";
import { suggestedClusters } from "@/lib/agenda/queries.server";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("clustersTitle") };
}

const firstLine = (text: string) => (text.length > 220 ? `${text.slice(0, 217)}…` : text);

export default async function ClustersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePermission("agenda.manage");
  const [{ saved }, clusters, t, tEnums] = await Promise.all([searchParams, suggestedClusters(getDb()), getTranslations("agenda"), getTranslations("enums")]);
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
                <div className="overflow-x-auto">
                  <table className="w-full border-collapse text-left align-top">
                    <thead>
                      <tr className="border-b-2 border-[var(--color-ink)]">
                        <th scope="col" className="py-2 pr-4">{t("city")}</th>
                        <th scope="col" className="py-2 pr-4">{t("title")}</th>
                        <th scope="col" className="py-2 pr-4">{t("problem")}</th>
                        <th scope="col" className="py-2">{t("action")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.members.map((m) => (
                        <tr key={m.id} className="border-b border-[var(--color-line)] align-top">
                          <td className="py-2 pr-4">{m.city.name}<span className="block text-sm">{tEnums(`proposalStatus.${m.status}`)}</span></td>
                          <th scope="row" className="py-2 pr-4 font-normal"><Link href={`/review/${m.id}`}>{m.title}</Link></th>
                          <td className="py-2 pr-4">{firstLine(m.problem)}</td>
                          <td className="py-2">{firstLine(m.action)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
