import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { UserRoleForm } from "@/components/accounts/UserRoleForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { changeUserRoleAction, endSessionsAction, issuePasswordResetAction, setUserActiveAction } from "@/lib/accounts/actions";
import { userPage } from "@/lib/accounts/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { formatDateTime } from "@/lib/format/zones";
import { can } from "@/lib/policy/policy";
import { noticeKey } from "@/lib/i18n/notices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("usersTitle") };
}

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; count?: string }> }) {
  const viewer = await requirePermission("user.view");
  const [{ id }, { saved, count }] = await Promise.all([params, searchParams]);
  const [page, t, tRoles, locale] = await Promise.all([userPage(actorOf(viewer), id.slice(0, 40)), getTranslations("accounts"), getTranslations("roles"), getLocale()]);
  if (!page) notFound();
  const { user, cities } = page;
  const canManage = can(actorOf(viewer), "user.manage");
  const savedKey = noticeKey({ role: "savedrole", deactivated: "saveddeactivated", reactivated: "savedreactivated" } as const, saved);
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      {saved === "sessionsEnded" && <Notice>{t("savedSessionsEnded", { count: Number.parseInt(count ?? "0", 10) || 0 })}</Notice>}
      <PageHeader title={t("userTitle", { name: user.name })} />
      <dl className="mb-10 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("email")}</dt><dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{t("role")}</dt><dd>{tRoles(user.role)}</dd>
        <dt className="font-semibold">{t("cityId")}</dt><dd>{user.city?.name ?? t("noCity")}</dd>
        <dt className="font-semibold">{t("status")}</dt><dd>{user.active ? t("active") : t("inactive")}</dd>
        <dt className="font-semibold">{t("createdAt")}</dt><dd>{formatDateTime(user.createdAt, locale, "WIB")}</dd>
        <dt className="font-semibold">{t("lastSignIn")}</dt><dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale, "WIB") : t("never")}</dd>
        <dt className="font-semibold">{t("openSessions")}</dt><dd>{t("openSessionsValue", { count: user.openSessions })}</dd>
        <dt className="font-semibold">{t("recentFailures")}</dt><dd>{t("recentFailuresValue", { count: user.recentFailures })}</dd>
      </dl>
      {canManage && (
        <ClientIntl namespaces={["accounts", "roles"]}>
          <div className="space-y-12">
            <UserRoleForm action={changeUserRoleAction.bind(null, user.id)} initial={{ role: user.role, cityId: user.cityId ?? "" }} cities={cities} />
            <ButtonForm
              action={setUserActiveAction.bind(null, user.id, !user.active)}
              title={t("activeTitle")}
              hint={t("deactivateHint")}
              label={user.active ? t("deactivate") : t("reactivate")}
              danger={user.active}
            />
            <ButtonForm
              action={endSessionsAction.bind(null, user.id)}
              title={t("endSessionsTitle")}
              hint={t("endSessionsHint")}
              label={t("endSessions")}
            />
            <ButtonForm
              action={issuePasswordResetAction.bind(null, user.id)}
              title={t("resetTitle2")}
              hint={t("issueResetHint")}
              label={t("issueReset")}
              linkLabel={t("resetLinkLabel", { expires: "{expires}" })}
            />
          </div>
        </ClientIntl>
      )}
    </>
  );
}
