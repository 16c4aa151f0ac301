import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/i18n/Localized";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { editionPage } from "@/lib/cycles/queries.server";
import { parseYearParam } from "@/lib/cycles/schemas";
import { formatDate, formatDayOf } from "@/lib/format/zones";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const year = parseYearParam((await params).year);
  const t = await getTranslations("editions");
  // Only a year that has an edition is named in the title; any other is the not-found page's.
  const found = year ? (await editionPage(actorOf(await getCurrentUser()), year)).status === "ok" : false;
  return { title: found ? t("title", { year: year! }) : t("notFound") };
}

/** The permanent address of a frozen edition: what the working group agreed that year, as it stood. */
export default async function EditionPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string }> }) {
  const year = parseYearParam((await params).year);
  if (!year) notFound();
  const [user, { saved }] = await Promise.all([getCurrentUser(), searchParams]);
  const [edition, t, tEnums, locale] = await Promise.all([editionPage(actorOf(user), year).then(granted), getTranslations("editions"), getTranslations("enums"), getLocale()]);
  const exportHref = (format: string) => `/agenda/editions/${year}/export?format=${format}`;
  const note = locale === "en" && edition.noteEn ? edition.noteEn : edition.note;
  return (
    <>
      {saved === "frozen" && <Notice>{t("savedFrozen", { year })}</Notice>}
      <PageHeader title={t("title", { year })} lead={t("lead", { date: formatDayOf(edition.frozenAt, "WIB", locale), count: edition.items.length })} actions={[{ href: "/agenda/editions", label: t("allEditions") }]} />
      {note && (
        <section aria-labelledby="note-title" className="mb-8 max-w-3xl">
          <h2 id="note-title" className="mb-2 text-2xl">{t("note")}</h2>
          <p className="whitespace-pre-wrap" lang={locale === "en" && !edition.noteEn ? "id" : undefined}>{note}</p>
        </section>
      )}
      <section aria-labelledby="summary-title" className="mb-8 max-w-3xl">
        <h2 id="summary-title" className="mb-2 text-2xl">{t("summaryTitle")}</h2>
        <p>{t("summary", { ...edition.totals })}</p>
        {edition.forums.length > 0 && (
          <p className="mt-2">
            {t("forums")}:{" "}
            {edition.forums.map((f, i) => (
              <span key={f.slug}>{i > 0 && "; "}<Link href={`/forums/${f.slug}`}><Localized locale={locale} id={f.title} en={f.titleEn} /></Link> ({formatDate(f.startsOn, locale)})</span>
            ))}
          </p>
        )}
      </section>
      <h2 className="mb-3 text-2xl">{t("itemsTitle")}</h2>
      <ol className="mb-10 space-y-6">
        {edition.items.map((item) => (
          <li key={item.id} className="rounded border border-[var(--color-line)] p-4">
            <p className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">
              {t("position", { n: item.position })} · {tEnums(`agendaLevel.${item.level}`)} · {tEnums(`agendaOwner.${item.owner}`)}
              {item.theme ? ` · ${locale === "en" ? item.theme.nameEn : item.theme.nameId}` : ""}
            </p>
            <h3 className="mb-2 text-xl break-words">
              {item.agendaItemId ? <Link href={`/agenda/${item.agendaItemId}`}><Localized locale={locale} id={item.title} en={item.titleEn} /></Link> : <Localized locale={locale} id={item.title} en={item.titleEn} />}
              {item.isDemo && <span className="ml-2 rounded bg-[var(--color-warning-soft)] px-2 py-0.5 text-sm font-semibold text-[var(--color-warning)]">{t("demo")}</span>}
            </h3>
            <p className="mb-2 max-w-3xl whitespace-pre-wrap"><Localized locale={locale} id={item.description} en={item.descriptionEn} /></p>
            {item.sources.length > 0 && <p className="text-sm">{t("proposedBy", { cities: [...new Set(item.sources.map((s) => s.cityName))].join(", ") })}</p>}
            {item.milestones.length > 0 && (
              <p className="text-sm">{t("milestones")}: {item.milestones.map((m) => `${formatDate(new Date(`${m.dueOn}T00:00:00Z`), locale)} — ${m.title}`).join("; ")}</p>
            )}
            <p className="mt-2 text-sm">
              {item.commitmentCount > 0
                ? t("progress", { commitments: item.commitmentCount, done: item.doneCount, inProgress: item.inProgressCount, planned: item.plannedCount, notStarted: item.notStartedCount, average: item.averagePercent })
                : t("noCommitments")}
            </p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="edition-downloads" className="rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
        <h2 id="edition-downloads" className="mb-2 text-xl">{t("downloads")}</h2>
        <p className="field-hint mb-3">{t("downloadsHint")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li><a href={exportHref("pdf")} download>{t("downloadPdf")}</a></li>
          <li><a href={exportHref("csv")} download>{t("downloadCsv")}</a></li>
          <li><a href={exportHref("xlsx")} download>{t("downloadXlsx")}</a></li>
          <li><a href={exportHref("json")} download>{t("downloadJson")}</a></li>
        </ul>
        <p className="mt-3 text-sm break-all">{t("digest", { digest: edition.digest })}</p>
      </section>
    </>
  );
}
