import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { formatPercent } from "@/lib/format/numbers";
import { formatDate, formatDayOf } from "@/lib/format/zones";
import { verificationQueue } from "@/lib/verification/queries.server";
import { queueFilterSchema, VERIFICATION_STATES } from "@/lib/verification/schemas";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification"))("title") };
}

/** The secretariat's queue: figures cities reported, waiting to be checked against their evidence. */
export default async function VerificationQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("evidence.verify");
  const params = await searchParams;
  const { state } = queueFilterSchema.parse(params);
  const [queue, t, tEnums, locale] = await Promise.all([verificationQueue(actorOf(user), state), getTranslations("verification"), getTranslations("enums"), getLocale()]);
  if (!queue) notFound();
  const stateLabel = (s: (typeof VERIFICATION_STATES)[number]) => tEnums(`verificationStatus.${s}`);
  return (
    <>
      {params.done === "verified" && <Notice>{t("doneVerified")}</Notice>}
      {params.done === "clarification" && <Notice>{t("doneClarification")}</Notice>}
      <PageHeader title={t("title")} lead={t("lead")} />
      <nav aria-label={t("statesLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {VERIFICATION_STATES.map((s) => (
            <li key={s}>
              <Link href={`/manage/verification?state=${s}`} aria-current={s === state ? "page" : undefined} className={`btn ${s === state ? "" : "btn-secondary"}`}>
                {stateLabel(s)} ({queue.counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mb-3 text-2xl">{t("reportsTitle")}</h2>
      <DataTable
        caption={`${t("reportsTitle")}: ${stateLabel(state)}`}
        rows={queue.reports}
        rowKey={(r) => r.id}
        empty={t("emptyReports")}
        columns={[
          { key: "item", header: t("item"), rowHeader: true, className: "break-words", cell: (r) => <Link href={`/manage/verification/progressReport/${r.id}`}>{r.commitment.agendaItem.title}</Link> },
          { key: "city", header: t("city"), cell: (r) => r.commitment.city.name },
          { key: "reportedOn", header: t("reportedOn"), className: "whitespace-nowrap", cell: (r) => formatDate(r.reportedOn, locale) },
          { key: "status", header: t("status"), cell: (r) => `${tEnums(`progressStatus.${r.status}`)}, ${formatPercent(r.percent, locale)}` },
          { key: "files", header: t("files"), numeric: true, cell: (r) => r._count.attachments },
          { key: "sent", header: t("sent"), className: "whitespace-nowrap", cell: (r) => formatDayOf(r.createdAt, "WIB", locale) },
        ]}
      />
      <h2 className="mt-8 mb-3 text-2xl">{t("entriesTitle")}</h2>
      <DataTable
        caption={`${t("entriesTitle")}: ${stateLabel(state)}`}
        rows={queue.entries}
        rowKey={(e) => e.id}
        empty={t("emptyEntries")}
        columns={[
          { key: "indicator", header: t("indicator"), rowHeader: true, cell: (e) => <Link href={`/manage/verification/scorecardEntry/${e.id}`}>{tEnums(`scorecardIndicator.${e.indicator}`)}</Link> },
          { key: "city", header: t("city"), cell: (e) => e.city.name },
          { key: "asOf", header: t("asOf"), className: "whitespace-nowrap", cell: (e) => formatDate(e.asOf, locale) },
          { key: "files", header: t("files"), numeric: true, cell: (e) => e._count.attachments },
          { key: "sent", header: t("sent"), className: "whitespace-nowrap", cell: (e) => formatDayOf(e.createdAt, "WIB", locale) },
        ]}
      />
      {(queue.reports.length >= queue.limit || queue.entries.length >= queue.limit) && <p className="mt-4">{t("limited", { count: queue.limit })}</p>}
    </>
  );
}
