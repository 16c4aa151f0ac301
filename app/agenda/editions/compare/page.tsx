import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { Localized } from "@/components/i18n/Localized";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { comparisonPage } from "@/lib/cycles/queries.server";
import { compareQuerySchema } from "@/lib/cycles/schemas";
import { share } from "@/lib/reports/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editions"))("compareTitle") };
}

/** Two editions side by side: items added, dropped (with why) and carried on, with rank and progress. */
export default async function CompareEditionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { from, to } = compareQuerySchema.parse(await searchParams);
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations("editions"), getLocale()]);
  const { editions, comparison } = await comparisonPage(actorOf(user), from, to);
  const options = editions.map((e) => ({ value: String(e.year), label: t("title", { year: e.year }) }));
  const title = (i: { agendaItemId: string | null; title: string; titleEn: string | null }) => {
    const text = <Localized locale={locale} id={i.title} en={i.titleEn} />;
    return i.agendaItemId ? <Link href={`/agenda/${i.agendaItemId}`}>{text}</Link> : text;
  };
  return (
    <>
      <PageHeader title={t("compareTitle")} lead={t("compareLead")} actions={[{ href: "/agenda/editions", label: t("allEditions") }]} />
      <form method="get" action="/agenda/editions/compare" aria-label={t("compareTitle")} className="mb-8 max-w-3xl rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField name="from" label={t("compareFrom")} defaultValue={String(from ?? options[1]?.value ?? "")} options={options} />
          <SelectField name="to" label={t("compareTo")} defaultValue={String(to ?? options[0]?.value ?? "")} options={options} />
        </div>
        <button type="submit" className="btn">{t("compareSubmit")}</button>
      </form>
      {!comparison ? <p role="status">{from && to ? (from === to ? t("compareSame") : t("compareMissing")) : t("compareChoose")}</p> : (
        <>
          <p className="mb-6" role="status">{t("compareSummary", { from: comparison.from, to: comparison.to, added: comparison.added.length, dropped: comparison.dropped.length, continued: comparison.continued.length })}</p>
          <h2 className="mb-2 text-2xl">{t("added", { count: comparison.added.length })}</h2>
          <DataTable
            caption={t("addedCaption", { year: comparison.to })} rows={comparison.added} rowKey={(i) => `${i.position}`} empty={t("noneAdded")}
            columns={[
              { key: "title", header: t("item"), rowHeader: true, cell: title },
              { key: "position", header: t("positionIn", { year: comparison.to }), numeric: true, cell: (i) => i.position },
            ]}
          />
          <h2 className="mt-8 mb-2 text-2xl">{t("dropped", { count: comparison.dropped.length })}</h2>
          <DataTable
            caption={t("droppedCaption", { year: comparison.from })} rows={comparison.dropped} rowKey={(i) => `${i.position}`} empty={t("noneDropped")}
            columns={[
              { key: "title", header: t("item"), rowHeader: true, cell: title },
              { key: "position", header: t("positionIn", { year: comparison.from }), numeric: true, cell: (i) => i.position },
              { key: "reason", header: t("closedReason"), cell: (i) => (i.closedReason ? <span lang="id">{i.closedReason}</span> : t("noReason")) },
            ]}
          />
          <h2 className="mt-8 mb-2 text-2xl">{t("continued", { count: comparison.continued.length })}</h2>
          <DataTable
            caption={t("continuedCaption")} rows={comparison.continued} rowKey={(i) => i.agendaItemId} empty={t("noneContinued")}
            columns={[
              { key: "title", header: t("item"), rowHeader: true, cell: title },
              { key: "rank", header: t("rankChange"), cell: (i) => i.fromPosition === i.toPosition ? t("rankSame", { n: i.toPosition }) : t("rankMoved", { from: i.fromPosition, to: i.toPosition }) },
              { key: "done", header: t("doneChange"), cell: (i) => t("doneFromTo", { from: share(i.fromDone, i.fromCommitments), to: share(i.toDone, i.toCommitments) }) },
              { key: "average", header: t("averageChange"), cell: (i) => t("averageFromTo", { from: i.fromAverage, to: i.toAverage }) },
            ]}
          />
        </>
      )}
    </>
  );
}
