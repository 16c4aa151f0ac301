"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { decisionFieldOf, reasonFieldOf } from "@/lib/cycles/schemas";
import { idleState, type FormState } from "@/lib/forms/state";

type Item = { id: string; position: number; title: string; progress: string };

type Props = {
  action: (prev: FormState<string>, formData: FormData) => Promise<FormState<string>>;
  items: Item[];
  suggestedYear: number;
  cancelHref: string;
};

/**
 * The next cycle's year and one decision per item of the frozen edition: carried over (the default)
 * or closed with a reason. One fieldset per item, so each choice is read with the item's title.
 */
export function NextCycleForm({ action, items, suggestedYear, cancelHref }: Props) {
  const initial = { year: String(suggestedYear), ...Object.fromEntries(items.map((i) => [decisionFieldOf(i.id), "carry"])) };
  const [state, formAction] = useActionState(action, idleState<string>(initial));
  const t = useTranslations("cycles");
  const v = state.values;
  const e = state.errors;
  const order = ["year", ...items.flatMap((i) => [decisionFieldOf(i.id), reasonFieldOf(i.id)])];
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-3xl">
      <FormErrors state={state} order={order} />
      <TextField name="year" label={t("nextYear")} hint={t("nextYearHint")} error={e.year} defaultValue={v.year} inputMode="numeric" autoComplete="off" className="max-w-40" />
      <h2 className="mt-6 mb-2 text-2xl">{t("decisionsTitle")}</h2>
      <p className="mb-4">{t("decisionsHint")}</p>
      <ol className="space-y-4">
        {items.map((item) => {
          const decision = decisionFieldOf(item.id);
          const reason = reasonFieldOf(item.id);
          const closing = v[decision] === "close";
          return (
            <li key={item.id}>
              <fieldset className={`rounded border border-[var(--color-line)] p-4 ${e[decision] || e[reason] ? "border-l-4 border-l-[var(--color-danger)]" : ""}`}>
                <legend className="px-1 font-semibold break-words">{item.position}. {item.title}</legend>
                <p className="mb-2 text-sm text-[var(--color-muted)]">{item.progress}</p>
                {e[decision] && <p id={`${decision}-error`} className="field-error mb-1">{e[decision]}</p>}
                <div className="flex flex-wrap gap-x-6">
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="radio" id={decision} name={decision} value="carry" defaultChecked={!closing} className="h-6 w-6 accent-[var(--color-brand)]" />
                    <span>{t("carry")}</span>
                  </label>
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="radio" id={`${decision}-close`} name={decision} value="close" defaultChecked={closing} className="h-6 w-6 accent-[var(--color-brand)]" />
                    <span>{t("close")}</span>
                  </label>
                </div>
                <label htmlFor={reason} className="mt-2 block font-semibold">{t("reason")}</label>
                <p id={`${reason}-hint`} className="field-hint text-sm">{t("reasonHint")}</p>
                {e[reason] && <p id={`${reason}-error`} className="field-error mb-1">{e[reason]}</p>}
                <textarea
                  id={reason} name={reason} rows={2} defaultValue={v[reason]}
                  aria-describedby={e[reason] ? `${reason}-error ${reason}-hint` : `${reason}-hint`} aria-invalid={e[reason] ? true : undefined} className="field-input"
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="mt-6"><FormActions submitLabel={t("startSubmit")} cancelHref={cancelHref} /></div>
    </form>
  );
}
