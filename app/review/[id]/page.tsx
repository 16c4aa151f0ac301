import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { DecisionForm } from "@/components/review/DecisionForm";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { decideAction } from "@/lib/review/actions";
import { nextInQueue, proposalForDecision } from "@/lib/review/queries.server";
import { queueFilterSchema, queueQuery } from "@/lib/review/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("decideTitle") };
}

export default async function ReviewProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("review.decide");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { saved, ...filters } = search;
  // The queue's filters travel with the reviewer: into the decision, and on to the next proposal.
  const queue = queueQuery(filters);
  const p = granted(await proposalForDecision(actorOf(user), id.slice(0, 40)));
  const next = saved === "decided" ? await nextInQueue(actorOf(user), queueFilterSchema.parse(filters), p.id) : null;
  const [t, tf, tEnums, locale] = await Promise.all([getTranslations("review"), getTranslations("proposalForm"), getTranslations("enums"), getLocale()]);
  const row = (label: string, value: string) => (
    <div className="border-b border-[var(--color-line)] py-2"><dt className="font-semibold">{label}</dt><dd className="whitespace-pre-wrap break-words">{value || "—"}</dd></div>
  );
  return (
    <>
      {saved === "decided" && (
        <Notice>
          <p>{t("saveddecided")}</p>
          <p className="mt-2">
            {next
              ? <Link href={`/review/${next.id}${queue ? `?${queue}` : ""}`}>{t("nextInQueue", { title: next.title, city: next.city.name })}</Link>
              : t("queueDone")}
            {" · "}<Link href={`/review${queue ? `?${queue}` : ""}`}>{t("backToQueue")}</Link>
          </p>
        </Notice>
      )}
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
              <DecisionForm action={decideAction.bind(null, p.id, queue)} version={p.version} />
            </ClientIntl>
          ) : (
            <p>{t("notDecidable", { status: tEnums(`proposalStatus.${p.status}`) })} <Link href={`/proposals/${p.id}`}>{t("openProposal")}</Link></p>
          )}
        </section>
      </div>
    </>
  );
}
