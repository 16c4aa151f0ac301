"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ROLES, userRoleFields, type UserRoleField } from "@/lib/accounts/schemas";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = {
  action: (prev: FormState<UserRoleField>, formData: FormData) => Promise<FormState<UserRoleField>>;
  initial: { role: string; cityId: string };
  cities: { id: string; name: string }[];
};

export function UserRoleForm({ action, initial, cities }: Props) {
  const [state, formAction] = useActionState(action, idleState<UserRoleField>(initial));
  const t = useTranslations("accounts");
  const tRoles = useTranslations("roles");
  const tForms = useTranslations("forms");
  const v = state.values;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-md" aria-labelledby="role-title">
      <h2 id="role-title" className="mb-3 text-2xl">{t("roleTitle")}</h2>
      <FormErrors state={state} order={userRoleFields} />
      <SelectField name="role" label={t("role")} error={state.errors.role} defaultValue={v.role} options={ROLES.map((r) => ({ value: r, label: tRoles(r) }))} />
      <SelectField name="cityId" label={t("cityId")} hint={t("cityHint")} error={state.errors.cityId} defaultValue={v.cityId ?? ""} placeholder={t("choose")} options={cities.map((c) => ({ value: c.id, label: c.name }))} />
      <SubmitButton label={t("roleSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
