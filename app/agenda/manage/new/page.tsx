import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaItemForm } from "@/components/agenda/AgendaItemForm";
import { MergeExistingForm } from "@/components/agenda/MergeExistingForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { createAgendaItemAction } from "@/lib/agenda/actions";
import { newAgendaItemForm } from "@/lib/agenda/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("new") };
}

export default async function NewAgendaItemPage({ searchParams }: { searchParams: Promise<{ proposalIds?: string | string[] }> }) {
  const user = await requirePermission("agenda.manage");
  const raw = (await searchParams).proposalIds;
  const ids = [raw ?? []].flat().filter((x) => typeof x === "string").slice(0, 200).map((x) => x.slice(0, 40));
  const [t, tr, form] = await Promise.all([getTranslations("agenda"), getTranslations("review"), newAgendaItemForm(actorOf(user), ids)]);
  if (!form) notFound();
  return (
    <>
      <PageHeader title={t("new")} />
      <ClientIntl namespaces={["agenda", "enums", "review"]}>
        <AgendaItemForm
          action={createAgendaItemAction}
          initial={form.defaults}
          themes={form.themes}
          selectable={form.selected.map((p) => ({ id: p.id, label: `${p.title} — ${p.city} · ${tr("endorsementsOf", { count: p.endorsements })}` }))}
          submitLabel={form.selected.length ? tr("mergeNew") : undefined}
          cancelHref="/review"
        />
        {form.selected.length > 0 && form.items.length > 0 && (
          <div className="mt-12"><MergeExistingForm proposalIds={form.selected.map((p) => p.id)} items={form.items} /></div>
        )}
      </ClientIntl>
    </>
  );
}
