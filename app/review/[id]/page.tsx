import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { DecisionForm } from "@/components/review/DecisionForm";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { assertRecordAccess, requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { decideAction } from "@/lib/review/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("decideTitle") };
}

export default async function ReviewProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("review.decide");
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const p = await getDb().proposal.findUnique({
    where: { id: id.slice(0, 40) },
    include: { city: { select: { name: true } }, theme: { select: { nameId: true, nameEn: true } } },
  });
  assertRecordAccess(user, p && { cityId: p.cityId, status: p.status }, "proposal.view");
  if (!p) notFound();
  const [t, tf, tEnums, locale] = await Promise.all([getTranslations("review"), getTranslations("proposalForm"), getTranslations("enums"), getLocale()]);
  const row = (label: string, value: string) => (
    <div className="border-b border-[var(--color-line)] py-2"><dt className="font-semibold">{label}</dt><dd className="whitespace-pre-wrap break-words">{value || "—"}</dd></div>
  );
  return (
    <>
      {saved === "decided" && <Notice>{t("saveddecided")}</Notice>}
      <PageHeader title={p.title} lead={`${p.city.name} · ${tEnums(`proposalStatus.${p.status}`)}`} actions={[{ href: `/proposals/${p.id}`, label: t("openProposal") }]} />
      <div className="grid gap-10 lg:grid-cols-2">
        <dl>
          {row(tf("themeId"), p.theme ? (locale === "en" ? p.theme.nameEn : p.theme.nameId) : "")}
          {row(tf("scope"), p.scope ? tEnums(`scope.${p.scope}`) : "")}
          {row(tf("problem"), p.problem)}
          {row(tf("action"), p.action)}
          {row(tf("indicators"), p.indicators)}
        </dl>
        <section aria-labelledby="decide-title">
          <h2 id="decide-title" className="mb-3 text-2xl">{t("decideTitle")}</h2>
          {p.status === "SUBMITTED" ? (
            <ClientIntl namespaces={["review"]}>
              <DecisionForm action={decideAction.bind(null, p.id)} version={p.version} />
            </ClientIntl>
          ) : (
            <p>{t("notDecidable", { status: tEnums(`proposalStatus.${p.status}`) })} <Link href={`/proposals/${p.id}`}>{t("openProposal")}</Link></p>
          )}
        </section>
      </div>
    </>
  );
}
