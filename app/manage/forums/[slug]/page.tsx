import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AttachmentList, uploadHrefFor } from "@/components/attachments/AttachmentList";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { attachmentLimits } from "@/lib/attachments/settings";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { formatDateTime } from "@/lib/format/zones";
import { forumHubForStewards, forumZone, submissionWindowState } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";
import { noticeKey } from "@/lib/i18n/notices";
import { can } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forumHub"))("title") };
}

const WINDOW_MESSAGES = { none: "windownone", upcoming: "windowupcoming", open: "windowopen", closed: "windowclosed" } as const;

/** One forum's management: each part of its record with where it is kept, and its documents. */
export default async function ForumHubPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string; uploaded?: string }> }) {
  const user = await requirePermission("manage.view");
  const actor = actorOf(user);
  const [{ slug }, { saved, uploaded }] = await Promise.all([params, searchParams]);
  const [{ forum, speakers, sessionsWithMinutes, cities, files }, t, tForums, locale] = await Promise.all([
    forumHubForStewards(actor, slug).then(granted),
    getTranslations("forumHub"),
    getTranslations("forums"),
    getLocale(),
  ]);
  const zone = forumZone(forum);
  const base = `/manage/forums/${forum.slug}`;
  const savedKey = noticeKey({ minutes: "savedminutes" } as const, saved);
  const tasks = [
    can(actor, "forum.update") && { href: `${base}/edit`, title: t("edit"), status: t("editHint") },
    can(actor, "forum.setSubmissionWindow") && {
      href: `${base}/window`,
      title: t("window"),
      status: tForums(WINDOW_MESSAGES[submissionWindowState(forum)], {
        opens: forum.submissionOpensAt ? formatDateTime(forum.submissionOpensAt, locale, zone) : "",
        closes: forum.submissionClosesAt ? formatDateTime(forum.submissionClosesAt, locale, zone) : "",
      }),
    },
    can(actor, "forum.manageParticipation") && {
      href: `${base}/participation`,
      title: t("participation"),
      status: t("participationStatus", { attended: cities.ATTENDED, invited: cities.INVITED, absent: cities.ABSENT, people: forum._count.participants }),
    },
    can(actor, "forum.manageProgramme") && { href: `${base}/programme`, title: t("programme"), status: t("programmeStatus", { sessions: forum._count.sessions, speakers }) },
    can(actor, "forum.manageProgramme") && {
      href: `${base}/minutes`,
      title: t("minutes"),
      status: t("minutesStatus", { recorded: forum.minutes ? "yes" : "no", withMinutes: sessionsWithMinutes, sessions: forum._count.sessions }),
    },
  ].filter((task) => task !== false);
  const mayAttach = can(actor, "forum.update");
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <PageHeader title={t("title")} lead={localized(locale, forum.title, forum.titleEn)} actions={[{ href: `/forums/${forum.slug}`, label: t("viewPublic") }]} />
      {forum.isDemo && <p className="mb-6"><span className="rounded bg-[var(--color-warning-soft)] px-2">{tForums("demo")}</span></p>}
      <ul className="mb-10 grid gap-4 sm:grid-cols-2">
        {tasks.map((task) => (
          <li key={task.href} className="rounded border border-[var(--color-line)] p-4">
            <h2 className="mb-1 text-xl"><Link href={task.href}>{task.title}</Link></h2>
            <p>{task.status}</p>
          </li>
        ))}
      </ul>
      <div className="max-w-3xl">
        <AttachmentList
          files={files}
          title={tForums("documents")}
          uploadHref={mayAttach ? uploadHrefFor("forum", forum.id) : null}
          maxFiles={mayAttach ? attachmentLimits().maxFiles : undefined}
          uploaded={uploaded}
        />
      </div>
    </>
  );
}
