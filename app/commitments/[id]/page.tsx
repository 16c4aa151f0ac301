import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NotApplicableForm } from "@/components/commitments/NotApplicableForm";
import { PlanLinksForm } from "@/components/commitments/PlanLinksForm";
import { PlanLinksList } from "@/components/commitments/PlanLinksList";
import { ProgressReportForm } from "@/components/commitments/ProgressReportForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { AttachmentList, uploadHrefFor } from "@/components/attachments/AttachmentList";
import { Notice } from "@/components/ui/Notice";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { notApplicableAction, planLinksAction, reportProgressAction } from "@/lib/commitments/actions";
import { commitmentPage } from "@/lib/commitments/queries.server";
import { planLinkFields, planLinksOf } from "@/lib/commitments/schemas";
import { formatDate, formatDayOf, utcToDateOnly } from "@/lib/format/zones";
import { formatPercent } from "@/lib/format/numbers";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("commitment") };
}

export default async function CommitmentPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | undefined>> }) {
  const id = (await params).id.slice(0, 40);
  const user = await requireUser();
  // Another city's commitment is as absent to a delegate as a missing one.
  const { commitment, canReport, canVerify, today, lastDue, overdue } = granted(await commitmentPage(actorOf(user), id));
  const [t, tEnums, locale, search] = await Promise.all([getTranslations("commitments"), getTranslations("enums"), getLocale(), searchParams]);
  const saved = search.saved;
  const zone = commitment.city.timeZone;
  return (
    <>
      {saved === "reported" && <Notice>{t("savedReported")}</Notice>}
      {saved === "notApplicable" && <Notice>{t("savedNotApplicable")}</Notice>}
      {saved === "committed" && <Notice>{t("savedCommitted")}</Notice>}
      {saved === "plans" && <Notice>{t("savedPlans")}</Notice>}
      <p className="mb-4"><Link href={canReport ? "/workspace/commitments" : `/cities/${commitment.city.slug}`}>{canReport ? t("backToList") : commitment.city.name}</Link></p>
      <h1 className="mb-2 text-3xl break-words">{commitment.agendaItem.title}</h1>
      <p className="mb-6 text-lg">
        {commitment.city.name} · {tEnums(`commitmentKind.${commitment.kind}`)} ·{" "}
        {commitment.notApplicable ? t("notApplicable") : `${tEnums(`progressStatus.${commitment.status}`)}, ${formatPercent(commitment.percent, locale)}`}
        {commitment.agendaItem.status === "PUBLISHED" && <> · <Link href={`/agenda/${commitment.agendaItem.id}`}>{t("viewItem")}</Link></>}
      </p>
      {overdue && lastDue && (
        <div className="mb-6 border-l-8 border-[var(--color-danger)] bg-[var(--color-danger-soft)] p-4">
          <strong>{t("overdue")}</strong>: {t("overdueText", { date: formatDate(lastDue, locale) })}
        </div>
      )}
      {commitment.notApplicable && commitment.notApplicableReason && <p className="mb-6"><strong>{t("reason")}:</strong> {commitment.notApplicableReason}</p>}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-3 text-2xl">{t("timeline")}</h2>
          {commitment.reports.length === 0 ? <p>{t("noReports")}</p> : (
            <ol className="space-y-4">
              {commitment.reports.map((r) => (
                <li key={r.id} id={`report-${r.id}`} className="rounded border border-[var(--color-line)] p-3">
                  <h3 className="font-semibold">{formatDate(r.reportedOn, locale)}: {tEnums(`progressStatus.${r.status}`)}, {formatPercent(r.percent, locale)}</h3>
                  <p className="whitespace-pre-wrap">{r.summary}</p>
                  {r.evidence && <p className="mt-2 whitespace-pre-wrap"><span className="font-semibold">{t("evidence")}:</span> {r.evidence}</p>}
                  {r.links && (
                    <ul className="mt-2 list-disc pl-6">
                      {r.links.split("\n").map((l) => <li key={l}><a href={l} rel="noopener noreferrer nofollow" className="break-all">{l}</a></li>)}
                    </ul>
                  )}
                  <p className="mt-1 text-sm text-[var(--color-muted)]">{r.createdBy?.name ?? "—"}</p>
                  <p className="mt-2">
                    <span className="font-semibold">{t("verification")}:</span>{" "}
                    {r.verification === "VERIFIED" && r.verifiedAt ? t("verifiedOn", { date: formatDayOf(r.verifiedAt, zone, locale) }) : tEnums(`verificationStatus.${r.verification}`)}
                    {canVerify && <> · <Link href={`/manage/verification/progressReport/${r.id}`}>{t("checkReport")}</Link></>}
                  </p>
                  {r.verificationNote && r.verification !== "VERIFIED" && (
                    <div className="mt-1 border-l-4 border-[var(--color-warning)] pl-3">
                      <p className="whitespace-pre-wrap">{t("clarifyNote", { note: r.verificationNote })}</p>
                      {r.canAttach && <p>{t("clarifyAnswer")}</p>}
                    </div>
                  )}
                  <AttachmentList
                    files={r.files} heading="h4" id={`report-${r.id}-files`} title={t("reportFiles")}
                    uploadHref={r.canAttach ? uploadHrefFor("progressReport", r.id) : null}
                    uploaded={search.uploaded && search.record === r.id ? search.uploaded : undefined}
                  />
                </li>
              ))}
            </ol>
          )}
          <h2 className="mt-8 mb-3 text-2xl">{t("milestones")}</h2>
          {commitment.agendaItem.milestones.length ? (
            <ol className="list-decimal pl-6">{commitment.agendaItem.milestones.map((m) => <li key={m.title}>{formatDate(m.dueOn, locale)}: {m.title}</li>)}</ol>
          ) : <p>—</p>}
        </section>
        {canReport && (
          <ClientIntl namespaces={["commitments", "enums"]}>
            <section aria-labelledby="report-title">
              <h2 id="report-title" className="mb-3 text-2xl">{t("reportTitle")}</h2>
              <ProgressReportForm action={reportProgressAction.bind(null, commitment.id)} version={commitment.version} today={utcToDateOnly(today)} />
              {!commitment.notApplicable && (
                <>
                  <h2 className="mt-10 mb-3 text-2xl">{t("notApplicableTitle")}</h2>
                  <NotApplicableForm action={notApplicableAction.bind(null, commitment.id)} version={commitment.version} />
                </>
              )}
            </section>
          </ClientIntl>
        )}
      </div>
      <section aria-labelledby="plans-title" className="mt-10 border-t border-[var(--color-line)] pt-6">
        <h2 id="plans-title" className="mb-3 text-2xl">{t("plansTitle")}</h2>
        <PlanLinksList links={planLinksOf(commitment)} />
        {canReport && (
          <ClientIntl namespaces={["commitments"]}>
            <h3 className="mb-3 text-xl">{t("plansEdit")}</h3>
            <p className="field-hint mb-4">{t("plansLead")}</p>
            <PlanLinksForm
              key={commitment.version} action={planLinksAction.bind(null, commitment.id)} version={commitment.version}
              current={Object.fromEntries(planLinkFields.map((f) => [f, commitment[f] === null ? "" : String(commitment[f])]))}
            />
          </ClientIntl>
        )}
      </section>
    </>
  );
}
