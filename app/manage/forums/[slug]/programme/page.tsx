import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MoveForm } from "@/components/forums/MoveForm";
import { SessionForm } from "@/components/forums/SessionForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Localized } from "@/components/i18n/Localized";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { SESSION_KINDS } from "@/lib/domain/enums";
import { formatDate, formatDateTimeRange, isoWithOffset } from "@/lib/format/zones";
import { addSessionAction, moveSessionAction } from "@/lib/forums/actions";
import { forumZone, programmeForStewards } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";
import { noticeKey } from "@/lib/i18n/notices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeForm"))("title") };
}

/** A forum's own agenda: its sessions in order, each moved a place at a time, and a session added. */
export default async function ProgrammePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("forum.manageProgramme");
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [forum, t, tEnums, locale] = await Promise.all([
    programmeForStewards(actorOf(user), slug).then(granted),
    getTranslations("programmeForm"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const zone = forumZone(forum);
  const savedKey = noticeKey({ updated: "savedupdated", moved: "savedmoved", removed: "savedremoved" } as const, saved);
  const last = forum.sessions.length - 1;
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <PageHeader
        title={t("title")}
        lead={`${localized(locale, forum.title, forum.titleEn)}. ${t("lead", { zone })}`}
        actions={[{ href: `/manage/forums/${forum.slug}`, label: t("backToHub") }]}
      />
      <section aria-labelledby="sessions-title" className="mb-12 max-w-3xl">
        <h2 id="sessions-title" className="mb-3 text-2xl">{t("sessionsTitle")}</h2>
        {forum.sessions.length === 0 ? <p>{t("noSessions")}</p> : (
          <ClientIntl namespaces={["programmeForm"]}>
            <ol className="space-y-4">
              {forum.sessions.map((s, i) => {
                const name = localized(locale, s.title, s.titleEn);
                return (
                  <li key={s.id} id={`session-${s.id}`} className="rounded border border-[var(--color-line)] p-4">
                    <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">{i + 1}. {tEnums(`sessionKind.${s.kind}`)}</p>
                    <h3 className="mb-1 text-lg break-words"><Localized locale={locale} id={s.title} en={s.titleEn} /></h3>
                    <p>{s.startsAt ? <time dateTime={isoWithOffset(s.startsAt, zone)}>{formatDateTimeRange(s.startsAt, s.endsAt, locale, zone)}</time> : t("noTime")}</p>
                    <p className="break-words">{s.speakers.length ? t("speakersLine", { names: s.speakers.map((sp) => sp.name).join(", ") }) : t("noSpeakers")}</p>
                    <p>{s.minutes ? t("hasMinutes") : t("noMinutes")}</p>
                    <div className="mt-3 flex flex-wrap items-start gap-3">
                      <Link className="btn btn-secondary" href={`/manage/forums/${forum.slug}/sessions/${s.id}`} aria-label={`${t("manageSession")}: ${name}`}>
                        {t("manageSession")}
                      </Link>
                      <MoveForm action={moveSessionAction.bind(null, s.id)} name={name} up={i > 0} down={i < last} />
                    </div>
                  </li>
                );
              })}
            </ol>
          </ClientIntl>
        )}
      </section>
      <ClientIntl namespaces={["programmeForm"]}>
        <SessionForm
          action={addSessionAction.bind(null, forum.id)}
          initial={{}}
          kindOptions={SESSION_KINDS.map((k) => ({ value: k, label: tEnums(`sessionKind.${k}`) }))}
          timesHint={t("timesHint", { zone, start: formatDate(forum.startsOn, locale), end: formatDate(forum.endsOn, locale) })}
          title={t("addTitle")}
          submitLabel={t("addSubmit")}
        />
      </ClientIntl>
    </>
  );
}
