import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { formatDateTime } from "@/lib/format/zones";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/notify.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const user = await requirePermission("account.update");
  const [items, t, locale] = await Promise.all([listNotifications(getDb(), user.id), getTranslations("notifications"), getLocale()]);
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
            const params = JSON.parse(n.params) as Record<string, string>;
            const key = n.kind.replace(".", "_") as "proposal_accepted";
            return (
              <li key={n.id} className={`border-l-4 p-3 ${n.readAt ? "border-[var(--color-line)]" : "border-[var(--color-brand)] bg-[var(--color-brand-soft)]"}`}>
                {!n.readAt && <span className="mr-2 font-semibold">{t("new")}:</span>}
                {(() => {
                  const text = t(key, { title: "", comment: "", item: "", date: "", failures: "", ...params });
                  const href = n.proposalId ? `/proposals/${n.proposalId}` : n.kind === "progress.reminder" ? "/workspace/commitments" : n.kind === "account.signInFailures" ? "/account" : null;
                  return href ? <Link href={href}>{text}</Link> : text;
                })()}
                <span className="block text-sm text-[var(--color-muted)]">{formatDateTime(n.createdAt, locale, "WIB")}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
