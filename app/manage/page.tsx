import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { can } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title") };
}

export default async function ManagePage() {
  const user = await requirePermission("manage.view");
  const t = await getTranslations("manage");
  const actor = actorOf(user);
  const tasks = [
    { href: "/cities", title: t("cities"), hint: t("citiesHint") },
    { href: "/forums", title: t("forums"), hint: t("forumsHint") },
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
    </>
  );
}
