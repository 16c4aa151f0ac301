"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { idleState, type FormState } from "@/lib/forms/state";
import { HIDE_REASON_MAX, hideFields, type HideField } from "@/lib/discussion/schemas";

type Props = { action: (prev: FormState<HideField>, formData: FormData) => Promise<FormState<HideField>>; cancelHref: string };

/** The chair's or secretariat's reason for hiding a comment; the author is told it. */
export function HideForm({ action, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<HideField>());
  const t = useTranslations("discussion");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={hideFields} />
      <CountedTextarea name="reason" label={t("reasonLabel")} hint={t("reasonHint")} error={state.errors.reason} defaultValue={state.values.reason} max={HIDE_REASON_MAX} rows={3} />
      <FormActions submitLabel={t("hideSubmit")} cancelHref={cancelHref} />
    </form>
  );
}
