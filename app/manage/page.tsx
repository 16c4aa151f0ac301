import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { signInAlertsFor } from "@/lib/accounts/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { formatDateTime } from "@/lib/format/zones";
import { can } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title") };
}

export default async function ManagePage() {
  const user = await requirePermission("manage.view");
  const [t, locale] = await Promise.all([getTranslations("manage"), getLocale()]);
  const actor = actorOf(user);
  const alerts = await signInAlertsFor(actor);
  const tasks = [
    { href: "/cities", title: t("cities"), hint: t("citiesHint") },
    { href: "/forums", title: t("forums"), hint: t("forumsHint") },
    ...(can(actor, "cycle.manage") ? [{ href: "/manage/cycles", title: t("cycles"), hint: t("cyclesHint") }] : []),
    ...(can(actor, "evidence.verify") ? [{ href: "/manage/verification", title: t("verification"), hint: t("verificationHint") }] : []),
    ...(can(actor, "user.view") ? [{ href: "/manage/users", title: t("users"), hint: t("usersHint") }] : []),
    ...(can(actor, "audit.view") ? [{ href: "/manage/audit", title: t("audit"), hint: t("auditHint") }] : []),
  ];
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {tasks.map((task) => (
          <li key={task.href} className="rounded border border-[var(--color-line)] p-4">
            <h2 className="mb-1 text-xl"><Link href={task.href}>{task.title}</Link></h2>
            <p>{task.hint}</p>
          </li>
        ))}
      </ul>
      {can(actor, "user.manage") && (
        <section aria-labelledby="alerts-title" className="mt-10">
          <h2 id="alerts-title" className="mb-2 text-2xl">{t("alertsTitle")}</h2>
          <p className="mb-3">{t("alertsLead")}</p>
          {alerts.length === 0 ? <p>{t("alertsNone")}</p> : (
            <ul className="list-disc space-y-1 pl-6">
              {alerts.map((a) => (
                <li key={a.email}>
                  {a.user ? <Link href={`/manage/users/${a.user.id}`}>{a.user.name}</Link> : <span className="break-all">{a.email}</span>}
                  {" — "}{t("alertsValue", { failures: a.failures, since: formatDateTime(a.since, locale, "WIB") })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
