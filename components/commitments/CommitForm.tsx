"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = { action: (prev: FormState<"agendaItemId">, fd: FormData) => Promise<FormState<"agendaItemId">>; items: { id: string; title: string }[] };

export function CommitForm({ action, items }: Props) {
  const [state, formAction] = useActionState(action, idleState<"agendaItemId">());
  const t = useTranslations("commitments");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={["agendaItemId"]} />
      <SelectField name="agendaItemId" label={t("commitItem")} hint={t("commitHint")} error={state.errors.agendaItemId} defaultValue={state.values.agendaItemId ?? ""} placeholder={t("choose")} options={items.map((i) => ({ value: i.id, label: i.title }))} />
      <SubmitButton label={t("commitSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
