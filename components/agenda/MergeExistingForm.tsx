"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { mergeIntoExistingAction } from "@/lib/agenda/actions";
import { idleState } from "@/lib/forms/state";

export function MergeExistingForm({ proposalIds, items }: { proposalIds: string[]; items: { id: string; title: string }[] }) {
  const [state, formAction] = useActionState(mergeIntoExistingAction, idleState<"proposalIds" | "target">());
  const t = useTranslations("review");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate className="max-w-2xl" aria-labelledby="merge-existing-title">
      <h2 id="merge-existing-title" className="mb-3 text-2xl">{t("mergeExisting")}</h2>
      <FormErrors state={state} order={["target", "proposalIds"]} />
      {proposalIds.map((id) => <input key={id} type="hidden" name="proposalIds" value={id} />)}
      <SelectField name="target" label={t("target")} error={state.errors.target} defaultValue="" placeholder={tForms("choose")} options={items.map((i) => ({ value: i.id, label: i.title }))} />
      <SubmitButton label={t("mergeSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
