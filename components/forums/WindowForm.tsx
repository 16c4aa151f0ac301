"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { idleState, type FormState } from "@/lib/forms/state";
import { windowFields, type WindowField } from "@/lib/forums/schemas";

type Props = {
  action: (prev: FormState<WindowField>, formData: FormData) => Promise<FormState<WindowField>>;
  closeAction: ((prev: FormState<"form">, formData: FormData) => Promise<FormState<"form">>) | null;
  initial: Partial<Record<WindowField, string>>;
  cancelHref: string;
};

export function WindowForm({ action, closeAction, initial, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<WindowField>(initial));
  const t = useTranslations("windowForm");
  const v = state.values;
  return (
    <>
      <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl">
        <FormErrors state={state} order={windowFields} />
        <p id="window-hint" className="field-hint mb-3">{t("hint")}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="submissionOpensAt" type="datetime-local" label={t("submissionOpensAt")} error={state.errors.submissionOpensAt} defaultValue={v.submissionOpensAt} />
          <TextField name="submissionClosesAt" type="datetime-local" label={t("submissionClosesAt")} error={state.errors.submissionClosesAt} defaultValue={v.submissionClosesAt} />
        </div>
        <FormActions submitLabel={t("submit")} cancelHref={cancelHref} />
      </form>
      {closeAction && <CloseNowForm action={closeAction} />}
    </>
  );
}

function CloseNowForm({ action }: { action: (prev: FormState<"form">, formData: FormData) => Promise<FormState<"form">> }) {
  const [state, formAction] = useActionState(action, idleState<"form">());
  const t = useTranslations("windowForm");
  return (
    <form action={formAction} className="mt-10 max-w-2xl border-t border-[var(--color-line)] pt-6" aria-labelledby="close-now-title">
      <h2 id="close-now-title" className="mb-2 text-xl">{t("closeNow")}</h2>
      <FormErrors state={state} order={[]} />
      <p className="mb-3">{t("closeNowHint")}</p>
      <SubmitButton label={t("closeNow")} pendingLabel={t("closeNow")} className="btn btn-danger" />
    </form>
  );
}
