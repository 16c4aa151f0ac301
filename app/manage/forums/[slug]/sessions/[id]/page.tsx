import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { MinutesForm } from "@/components/forums/MinutesForm";
import { MoveForm } from "@/components/forums/MoveForm";
import { SessionForm } from "@/components/forums/SessionForm";
import { SpeakerForm } from "@/components/forums/SpeakerForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Localized } from "@/components/i18n/Localized";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { SESSION_KINDS } from "@/lib/domain/enums";
import { formatDate, utcToLocalInput } from "@/lib/format/zones";
import {
  addSpeakerAction, moveSpeakerAction, removeSessionAction, setSessionMinutesAction, updateSessionAction,
} from "@/lib/forums/actions";
import { forumZone, sessionForStewards } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";
import { noticeKey } from "@/lib/i18n/notices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeForm"))("editTitle") };
}

const SAVED = {
  added: "savedadded", minutes: "savedminutes", speakerAdded: "savedspeakerAdded", speakerUpdated: "savedspeakerUpdated",
  speakerMoved: "savedspeakerMoved", speakerRemoved: "savedspeakerRemoved",
} as const;

/** One session: its details, its speakers in order, its minutes, and its removal. */
export default async function SessionPage({ params, searchParams }: { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("forum.manageProgramme");
  const [{ slug, id }, { saved }] = await Promise.all([params, searchParams]);
  const [session, t, tEnums, locale] = await Promise.all([
    sessionForStewards(actorOf(user), slug, id).then(granted),
    getTranslations("programmeForm"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const { forum } = session;
  const zone = forumZone(forum);
  const savedKey = noticeKey(SAVED, saved);
  const sessionHref = `/manage/forums/${forum.slug}/sessions/${session.id}`;
  const programmeHref = `/manage/forums/${forum.slug}/programme`;
  const last = session.speakers.length - 1;
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <PageHeader
        title={t("editTitle")}
        lead={`${localized(locale, session.title, session.titleEn)}. ${localized(locale, forum.title, forum.titleEn)}`}
        actions={[{ href: programmeHref, label: t("backToProgramme") }]}
      />
      <ClientIntl namespaces={["programmeForm", "accounts"]}>
        <SessionForm
          action={updateSessionAction.bind(null, session.id)}
          initial={{
            kind: session.kind, title: session.title, titleEn: session.titleEn ?? "",
            startsAt: session.startsAt ? utcToLocalInput(session.startsAt, zone) : "", endsAt: session.endsAt ? utcToLocalInput(session.endsAt, zone) : "",
          }}
          kindOptions={SESSION_KINDS.map((k) => ({ value: k, label: tEnums(`sessionKind.${k}`) }))}
          timesHint={t("timesHint", { zone, start: formatDate(forum.startsOn, locale), end: formatDate(forum.endsOn, locale) })}
          submitLabel={t("saveSession")}
          cancelHref={programmeHref}
        />

        <section id="speakers" aria-labelledby="speakers-title" className="mt-12 max-w-3xl">
          <h2 id="speakers-title" className="mb-2 text-2xl">{t("speakersTitle")}</h2>
          <p className="mb-4">{t("speakersHint")}</p>
          {session.speakers.length === 0 ? <p className="mb-6">{t("noSpeakers")}</p> : (
            <ol className="mb-8 space-y-3">
              {session.speakers.map((sp, i) => (
                <li key={sp.id} id={`speaker-${sp.id}`} className="rounded border border-[var(--color-line)] p-3">
                  <p className="font-semibold break-words">{i + 1}. {sp.name}</p>
                  <p className="break-words"><Localized locale={locale} id={sp.role} en={sp.roleEn} /></p>
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    <Link className="btn btn-secondary" href={`${sessionHref}/speakers/${sp.id}`}>{t("editSpeaker", { name: sp.name })}</Link>
                    <MoveForm action={moveSpeakerAction.bind(null, sp.id)} name={sp.name} up={i > 0} down={i < last} />
                  </div>
                </li>
              ))}
            </ol>
          )}
          <SpeakerForm action={addSpeakerAction.bind(null, session.id)} initial={{}} title={t("addSpeakerTitle")} submitLabel={t("addSpeakerSubmit")} />
        </section>

        <section id="session-minutes" className="mt-12">
          <MinutesForm action={setSessionMinutesAction.bind(null, session.id)} initial={{ minutes: session.minutes ?? "", minutesEn: session.minutesEn ?? "" }} title={t("minutesTitle")} />
        </section>

        <div className="mt-12 border-t border-[var(--color-line)] pt-6">
          {session._count.proposals > 0 ? (
            <section aria-labelledby="remove-title" className="max-w-2xl">
              <h2 id="remove-title" className="mb-2 text-2xl">{t("removeSession")}</h2>
              <p>{t("sessionHasProposals", { count: session._count.proposals })}</p>
            </section>
          ) : (
            <ButtonForm action={removeSessionAction.bind(null, session.id)} title={t("removeSession")} hint={t("removeSessionHint")} label={t("removeSession")} danger />
          )}
        </div>
      </ClientIntl>
    </>
  );
}
