import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttachmentList } from "@/components/attachments/AttachmentList";
import { scorecardValue } from "@/components/commitments/scorecard-value";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { VerificationForm } from "@/components/verification/VerificationForm";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { formatPercent } from "@/lib/format/numbers";
import { formatDate, formatDayOf } from "@/lib/format/zones";
import { verifyAction } from "@/lib/verification/actions";
import { verificationPage } from "@/lib/verification/queries.server";
import { FIGURE_KINDS, type FigureKind } from "@/lib/verification/schemas";

type Params = Promise<{ kind: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("verification");
  return { title: (await params).kind === "scorecardEntry" ? t("checkEntry") : t("checkReport") };
}

/** One figure, its evidence and the secretariat's decision. */
export default async function VerifyFigurePage({ params }: { params: Params }) {
  const { kind: rawKind, id } = await params;
  if (!(FIGURE_KINDS as readonly string[]).includes(rawKind)) notFound();
  const kind = rawKind as FigureKind;
  const user = await requirePermission("evidence.verify");
  const figure = granted(await verificationPage(actorOf(user), kind, id.slice(0, 40)));
  const [t, tC, tEnums, locale] = await Promise.all([getTranslations("verification"), getTranslations("commitments"), getTranslations("enums"), getLocale()]);
  const row = figure.report ?? figure.entry;
  const city = figure.report ? figure.report.commitment.city : figure.entry!.city;
  const rows: [string, React.ReactNode][] = figure.report
    ? [
        [t("city"), city.name],
        [t("item"), <Link key="item" href={`/commitments/${figure.report.commitment.id}`}>{figure.report.commitment.agendaItem.title}</Link>],
        [t("reportedOn"), formatDate(figure.report.reportedOn, locale)],
        [t("status"), `${tEnums(`progressStatus.${figure.report.status}`)}, ${formatPercent(figure.report.percent, locale)}`],
        [tC("summary"), <span key="s" className="whitespace-pre-wrap">{figure.report.summary}</span>],
        [tC("evidence"), <span key="e" className="whitespace-pre-wrap">{figure.report.evidence || "—"}</span>],
        [tC("links"), figure.report.links ? <ul key="l" className="list-disc pl-6">{figure.report.links.split("\n").map((l) => <li key={l}><a href={l} rel="noopener noreferrer nofollow" className="break-all">{l}</a></li>)}</ul> : "—"],
        [t("reportedBy"), figure.report.createdBy?.name ?? "—"],
      ]
    : [
        [t("city"), city.name],
        [t("indicator"), tEnums(`scorecardIndicator.${figure.entry!.indicator}`)],
        [t("asOf"), formatDate(figure.entry!.asOf, locale)],
        [tC("figure"), scorecardValue(figure.entry!, tC, locale)],
        [tC("source"), figure.entry!.source],
        [t("reportedBy"), figure.entry!.createdBy?.name ?? "—"],
      ];
  const state = row!.verification;
  return (
    <>
      <p className="mb-4"><Link href="/manage/verification">{t("backToQueue")}</Link></p>
      <h1 className="mb-4 text-3xl">{kind === "scorecardEntry" ? t("checkEntry") : t("checkReport")}</h1>
      <dl className="mb-6 grid max-w-4xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-semibold">{t("state")}</dt>
          <dd>
            {tEnums(`verificationStatus.${state}`)}
            {row!.verifiedAt && <> — {t("decidedBy", { name: row!.verifiedBy?.name ?? "—", date: formatDayOf(row!.verifiedAt, "WIB", locale) })}</>}
            {row!.verificationNote && <p className="whitespace-pre-wrap">{t("noteShown", { note: row!.verificationNote })}</p>}
          </dd>
        </div>
      </dl>
      <AttachmentList files={figure.files} title={t("evidenceFiles")} />
      <section aria-labelledby="decide-title" className="mt-8">
        <h2 id="decide-title" className="mb-3 text-2xl">{t("decideTitle")}</h2>
        <ClientIntl namespaces={["verification"]}>
          <VerificationForm action={verifyAction.bind(null, kind, id)} seen={state} />
        </ClientIntl>
      </section>
    </>
  );
}
