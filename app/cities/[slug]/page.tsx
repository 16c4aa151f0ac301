import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { currentUserCan } from "@/lib/auth/guard.server";
import { getCityPage } from "@/lib/cities/queries.server";
import { ScorecardHistory } from "@/components/commitments/ScorecardHistory";
import { scorecardHistory } from "@/lib/commitments/queries.server";
import { PROGRESS_STATUSES } from "@/lib/commitments/schemas";
import { getDb } from "@/lib/db.server";
import { share } from "@/lib/reports/schemas";
import { formatDate } from "@/lib/format/zones";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await getCityPage(getDb(), (await params).slug);
  const t = await getTranslations("cities");
  return { title: page ? t("cityTitle", { name: page.city.name }) : t("notFound") };
}

export default async function CityPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string }> }) {
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const page = await getCityPage(getDb(), slug);
  if (!page) notFound();
  const { city } = page;
  const [scorecard, t, tEnums, locale, canEdit, canChange] = await Promise.all([
    scorecardHistory(getDb(), city.id),
    getTranslations("cities"),
    getTranslations("enums"),
    getLocale(),
    currentUserCan("city.update"),
    currentUserCan("city.changeMembership"),
  ]);
  const applicable = page.commitments.filter((c) => !c.notApplicable);
  const commitmentTotal = applicable.reduce((n, c) => n + c.count, 0);
  const doneCount = applicable.filter((c) => c.status === "DONE").reduce((n, c) => n + c.count, 0);
  const notApplicableCount = page.commitments.filter((c) => c.notApplicable).reduce((n, c) => n + c.count, 0);
  const savedKey = saved && ["created", "updated", "membership"].includes(saved) ? (`saved${saved}` as "savedcreated") : null;
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
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("historyCaption", { name: city.name })}</caption>
            <thead>
              <tr className="border-b-2 border-[var(--color-ink)]">
                <th scope="col" className="py-2 pr-4">{t("effectiveOn")}</th>
                <th scope="col" className="py-2 pr-4">{t("change")}</th>
                <th scope="col" className="py-2 pr-4">{t("reason")}</th>
                <th scope="col" className="py-2">{t("changedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {city.membershipChanges.map((h) => (
                <tr key={h.id} className="border-b border-[var(--color-line)] align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDate(h.effectiveOn, locale)}</td>
                  <td className="py-2 pr-4">
                    {h.fromStatus
                      ? t("changed", { from: tEnums(`membership.${h.fromStatus}`), to: tEnums(`membership.${h.toStatus}`) })
                      : t("joined", { to: tEnums(`membership.${h.toStatus}`) })}
                  </td>
                  <td className="py-2 pr-4">{h.reason}</td>
                  <td className="py-2">{h.changedBy?.name ?? t("systemSeed")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="proposals-title" className="mb-10">
        <h2 id="proposals-title" className="mb-3 text-2xl">{t("proposalsTitle")}</h2>
        {page.proposalsByStatus.length === 0 ? (
          <p>{t("noProposals")}</p>
        ) : (
          <table className="border-collapse text-left">
            <caption className="sr-only">{t("proposalsCaption", { name: city.name })}</caption>
            <tbody>
              {page.proposalsByStatus.map((p) => (
                <tr key={p.status} className="border-b border-[var(--color-line)]">
                  <th scope="row" className="py-2 pr-6 font-normal">{tEnums(`proposalStatus.${p.status}`)}</th>
                  <td className="py-2 text-right tabular-nums">{p.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="progress-title" className="mb-10">
        <h2 id="progress-title" className="mb-3 text-2xl">{t("progressTitle")}</h2>
        {commitmentTotal === 0 ? <p>{t("noCommitments")}</p> : (
          <>
            <p className="mb-2">{t("commitmentsDone", { done: doneCount, total: commitmentTotal, share: share(doneCount, commitmentTotal) })}</p>
            <ul className="list-disc pl-6">
              {PROGRESS_STATUSES.map((s) => <li key={s}>{tEnums(`progressStatus.${s}`)}: {page.commitments.filter((c) => !c.notApplicable && c.status === s).reduce((n, c) => n + c.count, 0)}</li>)}
              {notApplicableCount > 0 && <li>{t("notApplicableCount", { count: notApplicableCount })}</li>}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="scorecard-title" className="mb-10">
        <h2 id="scorecard-title" className="mb-3 text-2xl">{t("scorecardTitle")}</h2>
        <ScorecardHistory entries={scorecard} headingLevel={3} />
      </section>

      <section aria-labelledby="forums-title">
        <h2 id="forums-title" className="mb-3 text-2xl">{t("forumsTitle")}</h2>
        {page.forums.length === 0 ? (
          <p>{t("noForums")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {page.forums.map((f) => (
              <li key={f.slug}>
                <Link href={`/forums/${f.slug}`}>{locale === "en" && f.titleEn ? f.titleEn : f.title}</Link> ({formatDate(f.startsOn, locale)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
