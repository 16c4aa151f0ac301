import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/forms/Fields";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { currentUserCan } from "@/lib/auth/guard.server";
import { cityName, cityPage } from "@/lib/cities/queries.server";
import { cityPageFilterSchema } from "@/lib/cities/schemas";
import { ScorecardHistory } from "@/components/commitments/ScorecardHistory";
import { PROGRESS_STATUSES } from "@/lib/commitments/schemas";
import { share } from "@/lib/reports/schemas";
import { formatCount } from "@/lib/format/numbers";
import { formatDate } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { noticeKey } from "@/lib/i18n/notices";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const name = await cityName((await params).slug);
  const t = await getTranslations("cities");
  return { title: name ? t("cityTitle", { name }) : t("notFound") };
}

export default async function CityPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string; verified?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { saved } = query;
  const { verified } = cityPageFilterSchema.parse(query);
  const page = await cityPage(slug, { verified });
  if (!page) notFound();
  const { city, scorecard } = page;
  const [t, tEnums, locale, canEdit, canChange, canReadPlan] = await Promise.all([
    getTranslations("cities"),
    getTranslations("enums"),
    getLocale(),
    currentUserCan("city.update"),
    currentUserCan("city.changeMembership"),
    // The action plan lists the city's commitments one by one: for those who may read them.
    currentUserCan("commitment.view", { cityId: city.id }),
  ]);
  const { byStatus, total: commitmentTotal, notApplicable: notApplicableCount, verified: verifiedCount, verifiedOnly } = page.commitments;
  const doneCount = byStatus.DONE;
  const savedKey = noticeKey({ created: "savedcreated", updated: "savedupdated", membership: "savedmembership" } as const, saved);
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <div className="mb-8 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="mb-2 text-3xl">{t("cityTitle", { name: city.name })}</h1>
          <p className="text-lg">{t("provinceRegion", { province: city.province, region: tEnums(`region.${city.region}`) })}</p>
        </div>
        {(canEdit || canChange) && (
          <ul className="flex flex-wrap gap-3">
            {canEdit && <li><Link className="btn btn-secondary" href={`/manage/cities/${city.slug}/edit`}>{t("edit")}</Link></li>}
            {canChange && <li><Link className="btn btn-secondary" href={`/manage/cities/${city.slug}/membership`}>{t("changeMembership")}</Link></li>}
          </ul>
        )}
      </div>

      <section aria-labelledby="facts-title" className="mb-10">
        <h2 id="facts-title" className="mb-3 text-2xl">{t("facts")}</h2>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("status")}</dt>
          <dd>{tEnums(`membership.${city.membershipStatus}`)}</dd>
          <dt className="font-semibold">{t("timeZone")}</dt>
          <dd>{tEnums(`zone.${city.timeZone}`)}</dd>
          <dt className="font-semibold">{t("delegates")}</dt>
          <dd>{t("delegatesCount", { count: page.delegates })}</dd>
        </dl>
      </section>

      <section aria-labelledby="history-title" className="mb-10">
        <h2 id="history-title" className="mb-3 text-2xl">{t("historyTitle")}</h2>
        <DataTable
          caption={t("historyCaption", { name: city.name })}
            rows={city.membershipChanges}
            rowKey={(h) => h.id}
            empty="—"
            columns={[
              { key: "effectiveOn", header: t("effectiveOn"), rowHeader: true, className: "whitespace-nowrap", cell: (h) => formatDate(h.effectiveOn, locale) },
              {
                key: "change", header: t("change"),
                cell: (h) => (h.fromStatus
                  ? t("changed", { from: tEnums(`membership.${h.fromStatus}`), to: tEnums(`membership.${h.toStatus}`) })
                  : t("joined", { to: tEnums(`membership.${h.toStatus}`) })),
              },
              { key: "reason", header: t("reason"), cell: (h) => h.reason },
              { key: "changedBy", header: t("changedBy"), cell: (h) => h.changedBy?.name ?? t("systemSeed") },
            ]}
          />
      </section>

      <section aria-labelledby="proposals-title" className="mb-10">
        <h2 id="proposals-title" className="mb-3 text-2xl">{t("proposalsTitle")}</h2>
        {page.proposalsByStatus.length === 0 ? (
          <p>{t("noProposals")}</p>
        ) : (
          <DataTable
            caption={t("proposalsCaption", { name: city.name })}
            rows={page.proposalsByStatus}
            rowKey={(p) => p.status}
            empty="—"
            columns={[
              { key: "status", header: t("statusColumn"), rowHeader: true, cell: (p) => tEnums(`proposalStatus.${p.status}`) },
              { key: "count", header: t("countColumn"), numeric: true, cell: (p) => formatCount(p.count, locale) },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="progress-title" className="mb-10">
        <h2 id="progress-title" className="mb-3 text-2xl">{t("progressTitle")}</h2>
        {canReadPlan && <p className="mb-3"><a href={`/cities/${city.slug}/action-plan`} download>{t("actionPlanDownload", { name: city.name })}</a></p>}
        {commitmentTotal === 0 ? <p>{t("noCommitments")}</p> : (
          <>
            <p className="mb-2">{t(verifiedOnly ? "commitmentsDoneVerified" : "commitmentsDone", { done: doneCount, total: commitmentTotal, share: share(doneCount, commitmentTotal) })}</p>
            <ul className="mb-2 list-disc pl-6">
              {PROGRESS_STATUSES.map((s) => <li key={s}>{tEnums(`progressStatus.${s}`)}: {formatCount(byStatus[s], locale)}</li>)}
              {notApplicableCount > 0 && <li>{t("notApplicableCount", { count: notApplicableCount })}</li>}
            </ul>
            <p className="mb-4">{t("commitmentsVerified", { verified: verifiedCount, total: commitmentTotal })}</p>
            <form method="get" action={`/cities/${city.slug}`} aria-labelledby="progress-filter-title" className="rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
              <h3 id="progress-filter-title" className="mb-2 text-lg">{t("progressFilterTitle")}</h3>
              <CheckboxField name="verified" label={t("verifiedOnly")} hint={t("verifiedOnlyHint")} defaultChecked={verifiedOnly} />
              <button type="submit" className="btn">{t("showFigures")}</button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="scorecard-title" className="mb-10">
        <h2 id="scorecard-title" className="mb-3 text-2xl">{t("scorecardTitle")}</h2>
        <ScorecardHistory entries={scorecard} zone={city.timeZone} headingLevel={3} />
      </section>

      <section aria-labelledby="forums-title">
        <h2 id="forums-title" className="mb-3 text-2xl">{t("forumsTitle")}</h2>
        <DataTable
          caption={t("forumsCaption", { name: city.name })}
          rows={page.forums}
          rowKey={(f) => f.slug}
          empty={t("noForums")}
          columns={[
            { key: "forum", header: t("forumColumn"), rowHeader: true, cell: (f) => <Link href={`/forums/${f.slug}`}>{localized(locale, f.title, f.titleEn)}</Link> },
            { key: "date", header: t("forumDateColumn"), className: "whitespace-nowrap", cell: (f) => formatDate(f.startsOn, locale) },
            { key: "status", header: t("forumStatusColumn"), cell: (f) => tEnums(`participationStatus.${f.status}`) },
            // Recorded once, in Indonesian.
            { key: "note", header: t("forumNoteColumn"), cell: (f) => (!f.note ? "—" : locale === "id" ? f.note : <span lang="id">{f.note}</span>) },
          ]}
        />
      </section>
    </>
  );
}
