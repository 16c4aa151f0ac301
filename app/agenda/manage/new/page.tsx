import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgendaItemForm } from "@/components/agenda/AgendaItemForm";
import { MergeExistingForm } from "@/components/agenda/MergeExistingForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { createAgendaItemAction } from "@/lib/agenda/actions";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("new") };
}

export default async function NewAgendaItemPage({ searchParams }: { searchParams: Promise<{ proposalIds?: string | string[] }> }) {
  await requirePermission("agenda.manage");
  const raw = (await searchParams).proposalIds;
  const ids = [raw ?? []].flat().filter((x) => typeof x === "string").slice(0, 200).map((x) => x.slice(0, 40));
  const db = getDb();
  const [t, tr, themes, selected, items] = await Promise.all([
    getTranslations("agenda"), getTranslations("review"),
    db.theme.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { id: true, nameId: true, nameEn: true } }),
    db.proposal.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, themeId: true, scope: true, city: { select: { name: true } } } }),
    db.agendaItem.findMany({ orderBy: { priority: "asc" }, select: { id: true, title: true } }),
  ]);
  const commonTheme = selected.length && selected.every((p) => p.themeId === selected[0].themeId) ? selected[0].themeId ?? "" : "";
  return (
    <>
      <PageHeader title={t("new")} />
      <ClientIntl namespaces={["agenda", "enums", "review"]}>
        <AgendaItemForm
          action={createAgendaItemAction}
          initial={{ title: selected[0]?.title ?? "", themeId: commonTheme, level: selected.some((p) => p.scope === "CITY_ACTION_PLAN") && !selected.some((p) => p.scope === "NATIONAL_AGENDA") ? "EVERY_CITY" : "NATIONAL" }}
          themes={themes}
          selectable={selected.map((p) => ({ id: p.id, label: `${p.title} — ${p.city.name}` }))}
          submitLabel={selected.length ? tr("mergeNew") : undefined}
          cancelHref="/review"
        />
        {selected.length > 0 && items.length > 0 && (
          <div className="mt-12"><MergeExistingForm proposalIds={selected.map((p) => p.id)} items={items} /></div>
        )}
      </ClientIntl>
    </>
  );
}
