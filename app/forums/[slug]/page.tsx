import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { currentUserCan } from "@/lib/auth/guard.server";
import { REGIONS } from "@/lib/cities/constants";
import { formatDate, formatDateTime } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { forumPage, forumZone, submissionWindowState } from "@/lib/forums/queries.server";
import { noticeKey } from "@/lib/i18n/notices";
import { AttachmentList, uploadHrefFor } from "@/components/attachments/AttachmentList";
import { attachmentLimits } from "@/lib/attachments/settings";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [forum, t, locale] = await Promise.all([forumPage((await params).slug), getTranslations("forums"), getLocale()]);
  return { title: forum ? localized(locale, forum.title, forum.titleEn) : t("notFound") };
}

const WINDOW_MESSAGES = { none: "windownone", upcoming: "windowupcoming", open: "windowopen", closed: "windowclosed" } as const;

export default async function ForumPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string; uploaded?: string }> }) {
  const [{ slug }, { saved, uploaded }] = await Promise.all([params, searchParams]);
  const forum = await forumPage(slug);
  if (!forum) notFound();
  const [t, tEnums, locale, canEdit, canWindow, canParticipation] = await Promise.all([
    getTranslations("forums"),
    getTranslations("enums"),
    getLocale(),
    currentUserCan("forum.update"),
    currentUserCan("forum.setSubmissionWindow"),
    currentUserCan("forum.manageParticipation"),
  ]);
  const zone = forumZone(forum);
  const windowState = submissionWindowState(forum);
  const savedKey = noticeKey({ created: "savedcreated", updated: "savedupdated", window: "savedwindow", closed: "savedclosed" } as const, saved);
  const { ATTENDED: attended, INVITED: invited, ABSENT: absent } = forum.cities;
  // Notes, positions and offices are recorded once, in Indonesian: marked so when the page is English.
  const recorded = (text: string) => (locale === "id" ? text : <span lang="id">{text}</span>);
  const notedCities = (caption: string, rows: typeof invited) => (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(c) => c.id}
      empty="—"
      columns={[
        { key: "city", header: t("cityColumn"), rowHeader: true, cell: (c) => <Link href={`/cities/${c.slug}`}>{c.name}</Link> },
        { key: "region", header: t("regionColumn"), cell: (c) => tEnums(`region.${c.region}`) },
        { key: "note", header: t("noteColumn"), cell: (c) => (c.note ? recorded(c.note) : "—") },
      ]}
    />
  );
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <div className="mb-8 flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="mb-2 text-3xl">{localized(locale, forum.title, forum.titleEn)}</h1>
          {forum.isDemo && <p className="mb-2"><span className="rounded bg-[var(--color-warning-soft)] px-2">{t("demo")}</span></p>}
          {forum.summary && <p className="text-lg">{localized(locale, forum.summary, forum.summaryEn)}</p>}
        </div>
        {(canEdit || canWindow || canParticipation) && (
          <ul className="flex flex-wrap gap-3">
            {canEdit && <li><Link className="btn btn-secondary" href={`/manage/forums/${forum.slug}/edit`}>{t("edit")}</Link></li>}
            {canWindow && <li><Link className="btn btn-secondary" href={`/manage/forums/${forum.slug}/window`}>{t("setWindow")}</Link></li>}
            {canParticipation && <li><Link className="btn btn-secondary" href={`/manage/forums/${forum.slug}/participation`}>{t("manageParticipation")}</Link></li>}
          </ul>
        )}
      </div>

      <dl className="mb-10 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("dates")}</dt>
        <dd>
          {formatDate(forum.startsOn, locale)}
          {forum.endsOn.getTime() !== forum.startsOn.getTime() && ` – ${formatDate(forum.endsOn, locale)}`}
        </dd>
        <dt className="font-semibold">{t("venue")}</dt>
        <dd>{forum.venue}</dd>
        {forum.hostCity && (
          <>
            <dt className="font-semibold">{t("host")}</dt>
            <dd><Link href={`/cities/${forum.hostCity.slug}`}>{forum.hostCity.name}</Link></dd>
          </>
        )}
      </dl>

      <section aria-labelledby="window-title" className="mb-10">
        <h2 id="window-title" className="mb-3 text-2xl">{t("windowTitle")}</h2>
        <p>
          {t(WINDOW_MESSAGES[windowState], {
            opens: forum.submissionOpensAt ? formatDateTime(forum.submissionOpensAt, locale, zone) : "",
            closes: forum.submissionClosesAt ? formatDateTime(forum.submissionClosesAt, locale, zone) : "",
          })}
        </p>
      </section>

      {forum.objectives.length > 0 && (
        <section aria-labelledby="objectives-title" className="mb-10 max-w-3xl">
          <h2 id="objectives-title" className="mb-3 text-2xl">{t("objectivesTitle")}</h2>
          <ol className="list-decimal space-y-2 pl-6">
            {forum.objectives.map((o) => <li key={o.id}>{localized(locale, o.text, o.textEn)}</li>)}
          </ol>
        </section>
      )}

      <section aria-labelledby="sessions-title" className="mb-10 max-w-3xl">
        <h2 id="sessions-title" className="mb-3 text-2xl">{t("sessionsTitle")}</h2>
        <ol className="space-y-4">
          {forum.sessions.map((s) => (
            <li key={s.id} className="rounded border border-[var(--color-line)] p-4">
              <p className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">{tEnums(`sessionKind.${s.kind}`)}</p>
              <h3 className="mb-2 text-lg">{localized(locale, s.title, s.titleEn)}</h3>
              {s.startsAt && <p>{formatDateTime(s.startsAt, locale, zone)}</p>}
              <h4 className="sr-only">{t("speakers")}</h4>
              {s.speakers.length ? (
                <ul className="list-disc pl-6">
                  {s.speakers.map((sp) => (
                    <li key={sp.id}><span className="font-semibold">{sp.name}</span>, {localized(locale, sp.role, sp.roleEn)}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-[var(--color-muted)]">{t("noSpeakers")}</p>
              )}
              {s.minutes && (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold">{t("minutes")}</summary>
                  <p className="whitespace-pre-line">{localized(locale, s.minutes, s.minutesEn)}</p>
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>

      <div className="mb-10 max-w-3xl">
        <AttachmentList files={forum.files} title={t("documents")} uploadHref={canEdit ? uploadHrefFor("forum", forum.id) : null} maxFiles={canEdit ? attachmentLimits().maxFiles : undefined} uploaded={uploaded} />
      </div>

      <section aria-labelledby="attending-title" className="mb-10">
        <h2 id="attending-title" className="mb-1 text-2xl">{t("attendingTitle")}</h2>
        <p className="mb-3">{attended.length ? t("attendingCount", { count: attended.length }) : t("noAttended")}</p>
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {REGIONS.map((region) => {
            const inRegion = attended.filter((c) => c.region === region);
            if (!inRegion.length) return null;
            return (
              <div key={region}>
                <h3 className="mb-1 text-lg">{tEnums(`region.${region}`)} ({inRegion.length})</h3>
                <ul className="list-disc pl-6">
                  {inRegion.map((c) => <li key={c.id}><Link href={`/cities/${c.slug}`}>{c.name}</Link></li>)}
                </ul>
              </div>
            );
          })}
        </div>
      </section>

      {invited.length > 0 && (
        <section aria-labelledby="invited-title" className="mb-10 max-w-4xl">
          <h2 id="invited-title" className="mb-1 text-2xl">{t("invitedTitle")}</h2>
          <p className="mb-3">{t("invitedCount", { count: invited.length })}</p>
          {notedCities(t("invitedCaption"), invited)}
        </section>
      )}

      {absent.length > 0 && (
        <section aria-labelledby="absent-title" className="mb-10 max-w-4xl">
          <h2 id="absent-title" className="mb-1 text-2xl">{t("absentTitle")}</h2>
          <p className="mb-3">{t("absentCount", { count: absent.length })}</p>
          {notedCities(t("absentCaption"), absent)}
        </section>
      )}

      <section aria-labelledby="people-title" className="max-w-5xl">
        <h2 id="people-title" className="mb-3 text-2xl">{t("peopleTitle")}</h2>
        <DataTable
          caption={t("peopleCaption")}
          rows={forum.participants}
          rowKey={(p) => p.id}
          empty={t("noPeople")}
          columns={[
            { key: "name", header: t("nameColumn"), rowHeader: true, cell: (p) => p.name },
            { key: "jobTitle", header: t("jobTitleColumn"), cell: (p) => recorded(p.jobTitle) },
            { key: "office", header: t("officeColumn"), cell: (p) => recorded(p.office) },
            { key: "status", header: t("attendanceColumn"), cell: (p) => tEnums(`participationStatus.${p.status}`) },
          ]}
        />
      </section>
    </>
  );
}
