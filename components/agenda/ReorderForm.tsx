"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-[var(--color-ink)]">
              <th scope="col" className="py-2 pr-4">{t("priority")}</th>
              <th scope="col" className="py-2 pr-4">{t("title")}</th>
              <th scope="col" className="py-2 pr-4">{t("status")}</th>
              <th scope="col" className="py-2">{t("citiesColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} className="border-b border-[var(--color-line)]">
                <td className="py-2 pr-4">
                  <input type="number" min={1} max={items.length} name={`position:${i.id}`} defaultValue={i.priority} aria-label={t("positionOf", { title: i.title })} className="field-input w-20" />
                </td>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/agenda/manage/${i.id}`}>{i.title}</Link>
                  <span className="block text-sm text-[var(--color-muted)]">{labels.level[i.level]}</span>
                </th>
                <td className="py-2 pr-4">{labels.status[i.status]}</td>
                <td className="py-2">{t("cities", { count: i.backing.cities })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4"><SubmitButton label={t("reorderSubmit")} pendingLabel={tForms("saving")} /></div>
    </form>
  );
}
