"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { BUDGET_YEAR_MAX, BUDGET_YEAR_MIN, planLinkFields, type PlanLinkField } from "@/lib/commitments/schemas";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = {
  action: (prev: FormState<PlanLinkField>, fd: FormData) => Promise<FormState<PlanLinkField>>;
  version: number;
  /** The links the commitment has now, as the fields show them. */
  current: Partial<Record<PlanLinkField, string>>;
};

/**
 * Where the city's own plans carry this commitment. A plain form: it works without JavaScript, a
 * refusal says what is wrong next to each field and keeps everything typed.
 */
export function PlanLinksForm({ action, version, current }: Props) {
  const [state, formAction] = useActionState(action, idleState<PlanLinkField>(current));
  const t = useTranslations("commitments");
  const tForms = useTranslations("forms");
  const field = (name: PlanLinkField, hint: string, className = "") => (
    <TextField name={name} label={t(name)} hint={hint} error={state.errors[name]} defaultValue={state.values[name] ?? ""} className={className} autoComplete="off" spellCheck={false} />
  );
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={planLinkFields} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="mb-4">
        <legend className="mb-2 text-xl font-semibold">{t("planDocuments")}</legend>
        {field("radReference", t("radReferenceHint"))}
        {field("rpjmdReference", t("rpjmdReferenceHint"))}
        {field("rkpdReference", t("rkpdReferenceHint"))}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-xl font-semibold">{t("planBudget")}</legend>
        <TextField
          name="budgetYear" label={t("budgetYear")} hint={t("budgetYearHint", { min: String(BUDGET_YEAR_MIN), max: String(BUDGET_YEAR_MAX) })}
          error={state.errors.budgetYear} defaultValue={state.values.budgetYear ?? ""} inputMode="numeric" autoComplete="off" className="max-w-32"
        />
        {field("sipdProgram", t("sipdProgramHint"), "max-w-56")}
        {field("sipdActivity", t("sipdActivityHint"), "max-w-56")}
        {field("sipdSubActivity", t("sipdSubActivityHint"), "max-w-72")}
      </fieldset>
      <SubmitButton label={t("planLinksSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
