import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitForm } from "@/components/commitments/CommitForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { commitAction } from "@/lib/commitments/actions";
import { todayIn } from "@/lib/commitments/commands.server";
import { cityCommitments, isOverdue, openNationalItems } from "@/lib/commitments/queries.server";
import { getDb } from "@/lib/db.server";
import { formatDate } from "@/lib/format/zones";
import { formatPercent } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

export default async function CityCommitmentsPage() {
  const user = await requirePermission("commitment.commit");
  const db = getDb();
  const [city, commitments, open, t, tEnums, locale] = await Promise.all([
    db.city.findUniqueOrThrow({ where: { id: user.cityId! }, select: { name: true, timeZone: true } }),
    cityCommitments(db, user.cityId!), openNationalItems(db, user.cityId!),
    getTranslations("commitments"), getTranslations("enums"), getLocale(),
  ]);
  const today = todayIn(city.timeZone);
  return (
    <>
      <PageHeader title={t("titleCity", { city: city.name })} lead={t("lead")} actions={[{ href: "/workspace/scorecard", label: t("scorecardTitle") }, { href: "/workspace", label: t("backToWorkspace") }]} />
      {commitments.length === 0 ? <p className="mb-8">{t("none")}</p> : (
        <div className="mb-10 overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption")}>
          <table className="data-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr><th scope="col">{t("item")}</th><th scope="col">{t("kind")}</th><th scope="col">{t("status")}</th><th scope="col" className="text-right">{t("percent")}</th><th scope="col">{t("lastReport")}</th></tr>
            </thead>
            <tbody>
              {commitments.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/commitments/${c.id}`}>{c.item.title}</Link>
                    {isOverdue(c, c.lastDueOn, today) && <strong className="ml-2 text-[var(--color-danger)]">{t("overdue")}</strong>}
                  </th>
                  <td>{tEnums(`commitmentKind.${c.kind}`)}</td>
                  <td>{c.notApplicable ? t("notApplicable") : tEnums(`progressStatus.${c.status}`)}</td>
                  <td className="text-right tabular-nums">{c.notApplicable ? "—" : formatPercent(c.percent, locale)}</td>
                  <td>{c.lastReportedOn ? formatDate(c.lastReportedOn, locale) : t("never")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
