import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MinutesText } from "@/components/forums/MinutesText";
import { Localized } from "@/components/i18n/Localized";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { REGIONS } from "@/lib/cities/constants";
import { formatDate, formatDateTime, formatDateTimeRange, isoWithOffset } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { forumPage, forumTitle, forumZone, submissionWindowState } from "@/lib/forums/queries.server";
import { can } from "@/lib/policy/policy";
import { noticeKey } from "@/lib/i18n/notices";
import { AttachmentList, uploadHrefFor } from "@/components/attachments/AttachmentList";
import { attachmentLimits } from "@/lib/attachments/settings";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [forum, t, locale] = await Promise.all([forumTitle((await params).slug), getTranslations("forums"), getLocale()]);
  return { title: forum ? localized(locale, forum.title, forum.titleEn) : t("notFound") };
}

const WINDOW_MESSAGES = { none: "windownone", upcoming: "windowupcoming", open: "windowopen", closed: "windowclosed" } as const;

export default async function ForumPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string; uploaded?: string }> }) {
  const [{ slug }, { saved, uploaded }] = await Promise.all([params, searchParams]);
  const actor = actorOf(await getCurrentUser());
  const forum = await forumPage(slug, actor);
  if (!forum) notFound();
  const [t, tEnums, locale] = await Promise.all([getTranslations("forums"), getTranslations("enums"), getLocale()]);
  const [canManage, canEdit, canWindow, canParticipation] = (["manage.view", "forum.update", "forum.setSubmissionWindow", "forum.manageParticipation"] as const).map((a) => can(actor, a));
  const { outputs } = forum;
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
        {(canManage || canEdit || canWindow || canParticipation) && (
          <ul className="flex flex-wrap gap-3">
            {canManage && <li><Link className="btn btn-secondary" href={`/manage/forums/${forum.slug}`}>{t("manage")}</Link></li>}
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
        {forum.cycle && (
          <>
            <dt className="font-semibold">{t("cycle")}</dt>
            <dd>
              {forum.cycle.year}
              {forum.cycle.edition && <> · <Link href={`/agenda/editions/${forum.cycle.year}`}>{t("cycleEdition", { year: forum.cycle.year })}</Link></>}
            </dd>
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
            {forum.objectives.map((o) => <li key={o.id}><Localized locale={locale} id={o.text} en={o.textEn} /></li>)}
          </ol>
        </section>
      )}

      <section aria-labelledby="sessions-title" className="mb-10 max-w-3xl">
        <h2 id="sessions-title" className="mb-3 text-2xl">{t("sessionsTitle")}</h2>
        {forum.sessions.length === 0 ? <p>{t("noSessions")}</p> : (
          <ol className="space-y-4">
            {forum.sessions.map((s) => (
              <li key={s.id} className="rounded border border-[var(--color-line)] p-4">
                <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">{tEnums(`sessionKind.${s.kind}`)}</p>
                <h3 className="mb-2 text-lg break-words"><Localized locale={locale} id={s.title} en={s.titleEn} /></h3>
                {s.startsAt && <p><time dateTime={isoWithOffset(s.startsAt, zone)}>{formatDateTimeRange(s.startsAt, s.endsAt, locale, zone)}</time></p>}
                <h4 className="sr-only">{t("speakers")}</h4>
                {s.speakers.length ? (
                  <ul className="list-disc pl-6">
                    {s.speakers.map((sp) => (
                      <li key={sp.id} className="break-words"><span className="font-semibold">{sp.name}</span>, <Localized locale={locale} id={sp.role} en={sp.roleEn} /></li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-[var(--color-muted)]">{t("noSpeakers")}</p>
                )}
                {s.minutes && (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-semibold">{t("minutes")}<span className="sr-only"> {localized(locale, s.title, s.titleEn)}</span></summary>
                    <div className="mt-2"><MinutesText locale={locale} id={s.minutes} en={s.minutesEn} /></div>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {forum.minutes && (
        <section aria-labelledby="minutes-title" className="mb-10">
          <h2 id="minutes-title" className="mb-3 text-2xl">{t("minutesTitle")}</h2>
          <MinutesText locale={locale} id={forum.minutes} en={forum.minutesEn} />
        </section>
      )}

      <div className="mb-10 max-w-3xl">
        <AttachmentList files={forum.files} title={t("documents")} uploadHref={canEdit ? uploadHrefFor("forum", forum.id) : null} maxFiles={canEdit ? attachmentLimits().maxFiles : undefined} uploaded={uploaded} />
      </div>

      <section aria-labelledby="outputs-title" className="mb-10 max-w-5xl">
        <h2 id="outputs-title" className="mb-3 text-2xl">{t("outputsTitle")}</h2>
        <h3 className="mb-2 text-xl">{t("agendaTitle")}</h3>
        {outputs.agendaItems.length === 0 ? <p className="mb-6">{t("noAgendaItems")}</p> : (
          <ul className="mb-6 list-disc space-y-1 pl-6">
            {outputs.agendaItems.map((item) => (
              <li key={item.id} className="break-words">
                <Link href={item.status === "DRAFT" ? `/agenda/manage/${item.id}` : `/agenda/${item.id}`}><Localized locale={locale} id={item.title} en={item.titleEn} /></Link>
                {" — "}{tEnums(`agendaLevel.${item.level}`)}
                {item.status !== "PUBLISHED" && <> ({tEnums(`agendaStatus.${item.status}`)})</>}
              </li>
            ))}
          </ul>
        )}
        <h3 className="mb-2 text-xl">{t("proposalsTitle")}</h3>
        {outputs.proposals === null ? (
          <p>{t("proposalsSignIn")} <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/forums/${forum.slug}`)}`}>{t("signInToRead")}</Link></p>
        ) : (
          <>
            <DataTable
              caption={t("proposalsCaption")}
              rows={outputs.proposals}
              rowKey={(p) => p.id}
              empty={t("noProposals")}
              columns={[
                { key: "title", header: t("proposalColumn"), rowHeader: true, cell: (p) => <Link href={`/proposals/${p.id}`} className="break-words"><Localized locale={locale} id={p.title} /></Link> },
                { key: "city", header: t("cityColumn"), cell: (p) => <Link href={`/cities/${p.city.slug}`}>{p.city.name}</Link> },
                { key: "status", header: t("statusColumn"), cell: (p) => tEnums(`proposalStatus.${p.status}`) },
                { key: "session", header: t("sessionColumn"), cell: (p) => (p.forumSession ? <Localized locale={locale} id={p.forumSession.title} en={p.forumSession.titleEn} /> : "—") },
              ]}
            />
            {outputs.proposalCount > outputs.proposals.length && <p>{t("proposalsShown", { shown: outputs.proposals.length, count: outputs.proposalCount })}</p>}
            {outputs.allProposalsHref && outputs.proposalCount > 0 && <p><Link href={outputs.allProposalsHref}>{t("allProposals")}</Link></p>}
          </>
        )}
      </section>

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
