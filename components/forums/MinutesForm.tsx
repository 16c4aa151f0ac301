"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { minutesFields, PROGRAMME_LIMITS, type MinutesField } from "@/lib/forums/schemas";

type Props = {
  action: (prev: FormState<MinutesField>, formData: FormData) => Promise<FormState<MinutesField>>;
  initial: Partial<Record<MinutesField, string>>;
  /** A heading when the form shares its page with others (a session's page). */
  title?: string;
  cancelHref?: string;
};

/** Minutes of a session or of the whole forum, in Indonesian and optionally English: plain text. */
export function MinutesForm({ action, initial, title, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<MinutesField>(initial));
  const t = useTranslations("programmeForm");
  const tForms = useTranslations("forms");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-3xl" aria-labelledby={title ? "minutes-form-title" : undefined}>
      {title && <h2 id="minutes-form-title" className="mb-3 text-2xl">{title}</h2>}
      <FormErrors state={state} order={minutesFields} />
      <CountedTextarea name="minutes" label={t("minutes")} hint={t("minutesHint")} error={e.minutes} defaultValue={v.minutes} rows={12} max={PROGRAMME_LIMITS.minutes} />
      <CountedTextarea name="minutesEn" label={t("minutesEn")} error={e.minutesEn} defaultValue={v.minutesEn} rows={8} max={PROGRAMME_LIMITS.minutes} lang="en" />
      {cancelHref ? <FormActions submitLabel={t("saveMinutes")} cancelHref={cancelHref} /> : <SubmitButton label={t("saveMinutes")} pendingLabel={tForms("saving")} />}
    </form>
  );
}
