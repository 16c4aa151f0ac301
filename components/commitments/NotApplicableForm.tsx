"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = { action: (prev: FormState<"reason">, fd: FormData) => Promise<FormState<"reason">>; version: number };

export function NotApplicableForm({ action, version }: Props) {
  const [state, formAction] = useActionState(action, idleState<"reason">());
  const t = useTranslations("commitments");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={["reason"]} />
      <input type="hidden" name="version" value={version} />
      <CountedTextarea name="reason" label={t("reason")} hint={t("reasonHint")} error={state.errors.reason} defaultValue={state.values.reason} max={1000} rows={3} />
      <SubmitButton label={t("notApplicableSubmit")} pendingLabel={tForms("saving")} className="btn btn-secondary" />
    </form>
  );
}
