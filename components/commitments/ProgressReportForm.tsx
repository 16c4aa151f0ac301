"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { RadioGroup, TextareaField } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { PROGRESS_STATUSES, progressFields, type ProgressField } from "@/lib/commitments/schemas";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = { action: (prev: FormState<ProgressField>, fd: FormData) => Promise<FormState<ProgressField>>; version: number; today: string };

export function ProgressReportForm({ action, version, today }: Props) {
  const [state, formAction] = useActionState(action, idleState<ProgressField>());
  const t = useTranslations("commitments");
  const tEnums = useTranslations("enums");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={progressFields} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup name="status" label={t("status")} error={state.errors.status} selected={state.values.status} options={PROGRESS_STATUSES.map((s) => ({ value: s, label: tEnums(`progressStatus.${s}`) }))} />
      <TextField name="percent" label={t("percent")} hint={t("percentHint")} error={state.errors.percent} defaultValue={state.values.percent} inputMode="numeric" className="max-w-32" />
      <CountedTextarea name="summary" label={t("summary")} hint={t("summaryHint")} error={state.errors.summary} defaultValue={state.values.summary} max={4000} />
      <CountedTextarea name="evidence" label={t("evidence")} hint={t("evidenceHint")} error={state.errors.evidence} defaultValue={state.values.evidence} max={4000} />
      <TextareaField name="links" label={t("links")} hint={t("linksHint")} error={state.errors.links} defaultValue={state.values.links} rows={3} />
      <TextField name="reportedOn" type="date" label={t("reportedOn")} hint={t("reportedOnHint")} error={state.errors.reportedOn} defaultValue={state.values.reportedOn ?? today} max={today} className="max-w-56" />
      <SubmitButton label={t("reportSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
