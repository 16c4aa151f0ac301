import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { currentUserCan } from "@/lib/auth/guard.server";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { unreadFor } from "@/lib/notifications/notify.server";
import { SiteSearch } from "@/components/search/SiteSearch";
import { LanguageSwitch } from "./LanguageSwitch";

export async function SiteHeader() {
  const [t, tMeta, tRoles, user, canManage, canWorkspace, canReview, canReports, canBrowse, canDashboard] = await Promise.all([
    getTranslations("nav"),
    getTranslations("meta"),
    getTranslations("roles"),
    getCurrentUser(),
    currentUserCan("manage.view"),
    currentUserCan("proposal.workspace"),
    currentUserCan("review.view"),
    currentUserCan("reports.view"),
    currentUserCan("proposal.browse"),
    currentUserCan("dashboard.view"),
  ]);
  const unread = await unreadFor(actorOf(user));
  return (
    <header className="border-b-4 border-[var(--color-brand)] bg-[var(--color-brand-strong)] text-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
          <span className="block text-sm font-normal">{tMeta("siteOwner")}</span>
          {tMeta("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <SiteSearch />
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="bg-[var(--color-brand)]">
        <ul className="container-page flex flex-wrap items-center gap-x-6 gap-y-1 py-2">
          {[
            { href: "/", label: t("home") },
            ...(canDashboard ? [{ href: "/dashboard", label: t("dashboard") }] : []),
            { href: "/cities", label: t("cities") },
            { href: "/forums", label: t("forums") },
            { href: "/agenda", label: t("nationalAgenda") },
            ...(canBrowse ? [{ href: "/proposals", label: t("proposals") }] : []),
            ...(canWorkspace ? [{ href: "/workspace", label: t("workspace") }] : []),
            ...(canReview ? [{ href: "/review", label: t("review") }, { href: "/agenda/manage", label: t("agenda") }] : []),
            ...(canReports ? [{ href: "/reports", label: t("reports") }] : []),
            ...(canManage ? [{ href: "/manage", label: t("manage") }] : []),
          ].map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="text-white hover:text-white">{item.label}</Link>
            </li>
          ))}
          <li className="ml-auto flex flex-wrap items-center gap-3">
            {user ? (
              <>
                <Link href="/account" className="text-white hover:text-white">
                  <span className="sr-only">{t("account")}: </span>
                  {t("signedInAs", { name: user.name, role: tRoles(user.role) })}
                </Link>
                <Link href="/notifications" className="text-white hover:text-white">
                  {t("notifications")} <span className="rounded-full bg-white px-2 text-sm font-bold text-[var(--color-brand-strong)]">{unread}</span>
                  <span className="sr-only"> ({t("unread", { count: unread })})</span>
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="btn btn-secondary min-h-0 py-1">{t("signOut")}</button>
                </form>
              </>
            ) : (
              <Link href="/sign-in" className="text-white hover:text-white">{t("signIn")}</Link>
            )}
          </li>
        </ul>
      </nav>
    </header>
  );
}
