"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { scorecardFields, type ScorecardField, type ScorecardIndicatorCode } from "@/lib/commitments/schemas";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = { action: (prev: FormState<ScorecardField>, fd: FormData) => Promise<FormState<ScorecardField>>; indicator: ScorecardIndicatorCode; today: string };

/** One indicator per form (GOV.UK: one thing per page); every figure needs its date and source. */
export function ScorecardForm({ action, indicator, today }: Props) {
  const [state, formAction] = useActionState(action, idleState<ScorecardField>());
  const t = useTranslations("commitments");
  const tForms = useTranslations("forms");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl">
      <FormErrors state={state} order={scorecardFields} />
      <input type="hidden" name="indicator" value={indicator} />
      {indicator === "ULD" && (
        <>
          <RadioGroup name="uldEstablished" label={t("uldEstablished")} error={e.uldEstablished} selected={v.uldEstablished} options={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]} />
          <CountedTextarea singleLine name="uldDecree" label={t("uldDecree")} hint={t("uldDecreeHint")} error={e.uldDecree} defaultValue={v.uldDecree} max={300} />
        </>
      )}
      {indicator === "GOVERNMENT_EMPLOYMENT" && (
        <>
          <TextField name="employedWithDisability" label={t("employedWithDisability")} error={e.employedWithDisability} defaultValue={v.employedWithDisability} inputMode="numeric" className="max-w-40" />
          <TextField name="totalStaff" label={t("totalStaff")} hint={t("totalStaffHint")} error={e.totalStaff} defaultValue={v.totalStaff} inputMode="numeric" className="max-w-40" />
        </>
      )}
      {indicator === "JOB_PLACEMENT" && (
        <>
          <TextField name="periodStart" type="date" label={t("periodStart")} error={e.periodStart} defaultValue={v.periodStart} max={today} className="max-w-56" />
          <TextField name="jobSeekersRegistered" label={t("jobSeekersRegistered")} error={e.jobSeekersRegistered} defaultValue={v.jobSeekersRegistered} inputMode="numeric" className="max-w-40" />
          <TextField name="jobSeekersPlaced" label={t("jobSeekersPlaced")} error={e.jobSeekersPlaced} defaultValue={v.jobSeekersPlaced} inputMode="numeric" className="max-w-40" />
        </>
      )}
      <TextField name="asOf" type="date" label={indicator === "JOB_PLACEMENT" ? t("periodEnd") : t("asOf")} hint={t("asOfHint")} error={e.asOf} defaultValue={v.asOf ?? today} max={today} className="max-w-56" />
      <CountedTextarea singleLine name="source" label={t("source")} hint={t("sourceHint")} error={e.source} defaultValue={v.source} max={300} />
      <SubmitButton label={t("scorecardSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
