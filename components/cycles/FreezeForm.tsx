"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { CYCLE_LIMITS, freezeFields, type FreezeField } from "@/lib/cycles/schemas";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = {
  action: (prev: FormState<FreezeField>, formData: FormData) => Promise<FormState<FreezeField>>;
  year: number;
  cancelHref: string;
};

/** The chair's note on the edition and a deliberate confirmation: a frozen edition cannot be changed. */
export function FreezeForm({ action, year, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<FreezeField>());
  const t = useTranslations("cycles");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-3xl">
      <FormErrors state={state} order={freezeFields} />
      <CountedTextarea name="note" label={t("note")} hint={t("noteHint")} error={e.note} defaultValue={v.note} max={CYCLE_LIMITS.note} rows={4} />
      <CountedTextarea name="noteEn" label={t("noteEn")} hint={t("noteEnHint")} error={e.noteEn} defaultValue={v.noteEn} max={CYCLE_LIMITS.note} rows={4} lang="en" />
      <div className={`mb-5 ${e.confirm ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
        {e.confirm && <p id="confirm-error" className="field-error mb-1">{e.confirm}</p>}
        <label htmlFor="confirm" className="flex min-h-11 items-center gap-2 font-semibold">
          <input
            type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={e.confirm ? "confirm-error confirm-hint" : "confirm-hint"}
            aria-invalid={e.confirm ? true : undefined} className="h-6 w-6 shrink-0 accent-[var(--color-brand)]"
          />
          <span>{t("confirm", { year })}</span>
        </label>
        <p id="confirm-hint" className="field-hint text-sm">{t("confirmHint")}</p>
      </div>
      <FormActions submitLabel={t("freezeSubmit", { year })} cancelHref={cancelHref} />
    </form>
  );
}
