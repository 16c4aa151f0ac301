import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReorderForm } from "@/components/agenda/ReorderForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { agendaForManagers } from "@/lib/agenda/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("manageTitle") };
}

export default async function AgendaManagePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("agenda.manage");
  const [{ saved }, agenda, t, tEnums] = await Promise.all([searchParams, agendaForManagers(actorOf(user)), getTranslations("agenda"), getTranslations("enums")]);
  if (!agenda) notFound();
  const notice = saved === "reordered" ? t("savedreordered") : saved === "undone" ? t("savedundone") : null;
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader title={t("manageTitle")} lead={t("manageLead")} actions={[{ href: "/agenda/manage/new", label: t("new") }, { href: "/review/clusters", label: t("clustersTitle") }, { href: "/agenda/manage/reminders", label: t("remindersLink") }]} />
      {agenda.items.length === 0 ? <p>{t("none")}</p> : (
        <ClientIntl namespaces={["agenda"]}>
          <ReorderForm
            items={agenda.items}
            listKey={agenda.listKey}
            labels={{
              status: { DRAFT: tEnums("agendaStatus.DRAFT"), PUBLISHED: tEnums("agendaStatus.PUBLISHED") },
              level: { NATIONAL: tEnums("agendaLevel.NATIONAL"), EVERY_CITY: tEnums("agendaLevel.EVERY_CITY") },
            }}
          />
        </ClientIntl>
      )}
    </>
  );
}
