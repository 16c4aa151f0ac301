"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { DataTable } from "@/components/ui/DataTable";
import { reorderAction } from "@/lib/agenda/actions";
import { idleState } from "@/lib/forms/state";

type Item = { id: string; title: string; priority: number; status: string; level: string; backing: { sources: number; cities: number; regions: number } };

/** The agenda in priority order; each row's number can be changed, the whole order saved at once. */
export function ReorderForm({ items, listKey, labels }: { items: Item[]; listKey: string; labels: { status: Record<string, string>; level: Record<string, string> } }) {
  const [state, formAction] = useActionState(reorderAction, idleState<"order">());
  const t = useTranslations("agenda");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} aria-labelledby="reorder-title">
      <h2 id="reorder-title" className="mb-1 text-2xl">{t("reorderTitle")}</h2>
      <p className="mb-3">{t("reorderHint")}</p>
      <FormErrors state={state} order={["order"]} />
      <input type="hidden" name="listKey" value={listKey} />
      <DataTable
        caption={t("reorderTitle")}
        rows={items}
        rowKey={(i) => i.id}
        empty={t("none")}
        columns={[
          {
            key: "priority",
            header: t("priority"),
            cell: (i) => <input type="number" min={1} max={items.length} name={`position:${i.id}`} defaultValue={i.priority} aria-label={t("positionOf", { title: i.title })} className="field-input w-20" />,
          },
          {
            key: "title",
            header: t("title"),
            rowHeader: true,
            cell: (i) => (
              <>
                <Link href={`/agenda/manage/${i.id}`}>{i.title}</Link>
                <span className="block text-sm text-[var(--color-muted)]">{labels.level[i.level]}</span>
              </>
            ),
          },
          { key: "status", header: t("status"), cell: (i) => labels.status[i.status] },
          { key: "cities", header: t("citiesColumn"), numeric: true, cell: (i) => t("cities", { count: i.backing.cities }) },
        ]}
      />
      <div className="mt-4"><SubmitButton label={t("reorderSubmit")} pendingLabel={tForms("saving")} /></div>
    </form>
  );
}
