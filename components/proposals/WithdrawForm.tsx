"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { idleState, type FormState } from "@/lib/forms/state";
import { LIMITS } from "@/lib/proposals/constants";

type Props = { action: (prev: FormState<"reason">, formData: FormData) => Promise<FormState<"reason">>; cancelHref: string; submitLabel: string };

export function WithdrawForm({ action, cancelHref, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, idleState<"reason">());
  const t = useTranslations("proposalForm");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={["reason"]} />
      <CountedTextarea name="reason" label={t("reason")} hint={t("reasonHint")} error={state.errors.reason} defaultValue={state.values.reason} max={LIMITS.reason} rows={3} />
      <FormActions submitLabel={submitLabel} cancelHref={cancelHref} />
    </form>
  );
}
