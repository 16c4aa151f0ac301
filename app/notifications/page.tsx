import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requireUser } from "@/lib/auth/guard.server";
import { dateOnlyToUtc, formatDate, formatDateTime } from "@/lib/format/zones";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { isCalendarDate } from "@/lib/format/calendar";
import { SCORECARD_INDICATORS } from "@/lib/commitments/schemas";
import { notificationsFor, type NotificationKind } from "@/lib/notifications/notify.server";

const MESSAGES = {
  "proposal.accepted": "proposal_accepted", "proposal.revisionRequested": "proposal_revisionRequested", "proposal.rejected": "proposal_rejected",
  "proposal.merged": "proposal_merged", "proposal.unmerged": "proposal_unmerged", "progress.reminder": "progress_reminder",
  "proposal.endorsed": "proposal_endorsed", "comment.posted": "comment_posted", "comment.hidden": "comment_hidden",
  "account.signInFailures": "account_signInFailures", "evidence.clarify": "evidence_clarify",
} as const satisfies Record<NotificationKind, string>;

const isIndicator = (v: unknown): v is (typeof SCORECARD_INDICATORS)[number] => (SCORECARD_INDICATORS as readonly unknown[]).includes(v);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const user = await requireUser();
  const [items, t, tEnums, locale] = await Promise.all([notificationsFor(actorOf(user)!), getTranslations("notifications"), getTranslations("enums"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} />
      {items.some((n) => !n.readAt) && (
        <form action={markNotificationsReadAction} className="mb-6">
          <button type="submit" className="btn btn-secondary">{t("markRead")}</button>
        </form>
      )}
      {items.length === 0 ? <p>{t("none")}</p> : (
        <ul className="space-y-3">
          {items.map((n) => {
            // A reminder's date is a calendar day ("2026-10-01"): shown as people read dates.
            const date = isCalendarDate(n.params.date) ? formatDate(dateOnlyToUtc(n.params.date), locale) : "";
            // A scorecard figure is named by its indicator, in the reader's language.
            const indicator = isIndicator(n.params.indicator) ? { title: tEnums(`scorecardIndicator.${n.params.indicator}`) } : {};
            const text = t(MESSAGES[n.kind], { title: "", comment: "", item: "", failures: "", city: "", author: "", reason: "", note: "", ...n.params, ...indicator, date });
            return (
              <li key={n.id} className={`border-l-4 p-3 ${n.readAt ? "border-[var(--color-line)]" : "border-[var(--color-brand)] bg-[var(--color-brand-soft)]"}`}>
                {!n.readAt && <span className="mr-2 font-semibold">{t("new")}:</span>}
                {n.href ? <Link href={n.href}>{text}</Link> : text}
                <span className="block text-sm text-[var(--color-muted)]">{formatDateTime(n.createdAt, locale, "WIB")}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
