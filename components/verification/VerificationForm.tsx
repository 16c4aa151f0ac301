"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { RadioGroup } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import type { VerificationField, VerificationState } from "@/lib/verification/schemas";

type Props = { action: (prev: FormState<VerificationField>, fd: FormData) => Promise<FormState<VerificationField>>; seen: VerificationState };

/** The secretariat's decision on a figure: verified, or a question back to the city. */
export function VerificationForm({ action, seen }: Props) {
  const [state, formAction] = useActionState(action, idleState<VerificationField>());
  const t = useTranslations("verification");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={["decision", "note"]} />
      <input type="hidden" name="seen" value={seen} />
      <RadioGroup
        name="decision" label={t("decision")} error={state.errors.decision} selected={state.values.decision}
        options={[{ value: "VERIFIED", label: t("decideVerified") }, { value: "NEEDS_CLARIFICATION", label: t("decideClarify") }]}
      />
      <CountedTextarea name="note" label={t("note")} hint={t("noteHint")} error={state.errors.note} defaultValue={state.values.note} max={2000} rows={4} />
      <SubmitButton label={t("submit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
