import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReorderForm } from "@/components/agenda/ReorderForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { agendaListKey } from "@/lib/agenda/commands.server";
import { listAgendaItems } from "@/lib/agenda/queries.server";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("manageTitle") };
}

export default async function AgendaManagePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePermission("agenda.manage");
  const db = getDb();
  const [{ saved }, items, listKey, t, tEnums] = await Promise.all([searchParams, listAgendaItems(db), agendaListKey(db), getTranslations("agenda"), getTranslations("enums")]);
  const savedKey = saved && ["reordered", "undone"].includes(saved) ? (`saved${saved}` as "savedreordered") : null;
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <PageHeader title={t("manageTitle")} lead={t("manageLead")} actions={[{ href: "/agenda/manage/new", label: t("new") }, { href: "/review/clusters", label: t("clustersTitle") }, { href: "/agenda/manage/reminders", label: t("remindersLink") }]} />
      {items.length === 0 ? <p>{t("none")}</p> : (
        <ClientIntl namespaces={["agenda"]}>
          <ReorderForm
            items={items}
            listKey={listKey}
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
