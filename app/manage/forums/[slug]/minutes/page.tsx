import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MinutesForm } from "@/components/forums/MinutesForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Localized } from "@/components/i18n/Localized";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { setForumMinutesAction } from "@/lib/forums/actions";
import { forumMinutesForStewards } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeForm"))("forumMinutesTitle") };
}

/** The forum's own minutes, and where each session's minutes are kept. */
export default async function ForumMinutesPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("forum.manageProgramme");
  const [forum, t, locale] = await Promise.all([
    forumMinutesForStewards(actorOf(user), (await params).slug).then(granted),
    getTranslations("programmeForm"),
    getLocale(),
  ]);
  const hub = `/manage/forums/${forum.slug}`;
  return (
    <>
      <PageHeader title={t("forumMinutesTitle")} lead={`${localized(locale, forum.title, forum.titleEn)}. ${t("forumMinutesLead")}`} actions={[{ href: hub, label: t("backToHub") }]} />
      <ClientIntl namespaces={["programmeForm"]}>
        <MinutesForm action={setForumMinutesAction.bind(null, forum.id)} initial={{ minutes: forum.minutes ?? "", minutesEn: forum.minutesEn ?? "" }} cancelHref={hub} />
      </ClientIntl>
      {forum.sessions.length > 0 && (
        <section aria-labelledby="session-minutes-title" className="mt-12 max-w-3xl">
          <h2 id="session-minutes-title" className="mb-3 text-2xl">{t("sessionMinutesTitle")}</h2>
          <ol className="list-decimal space-y-2 pl-6">
            {forum.sessions.map((s) => (
              <li key={s.id}>
                <span className="break-words"><Localized locale={locale} id={s.title} en={s.titleEn} /></span>
                {" — "}{s.minutes ? t("hasMinutes") : t("noMinutes")}{" "}
                <Link href={`/manage/forums/${forum.slug}/sessions/${s.id}#session-minutes`} aria-label={`${t("editSessionMinutes")}: ${localized(locale, s.title, s.titleEn)}`}>
                  {t("editSessionMinutes")}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
