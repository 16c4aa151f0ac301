"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { inviteUserAction } from "@/lib/accounts/actions";
import { inviteFields, type InviteField } from "@/lib/accounts/schemas";
import { idleState } from "@/lib/forms/state";
import { OneTimeLink } from "@/components/forms/OneTimeLink";
import type { Role } from "@/lib/domain/enums";

type Props = { roles: Role[]; cities: { id: string; name: string }[] };

export function InviteForm({ roles, cities }: Props) {
  const [state, formAction] = useActionState(inviteUserAction, idleState<InviteField>({ role: "DELEGATE" }));
  const t = useTranslations("accounts");
  const tRoles = useTranslations("roles");
  const v = state.values;
  const d = state.data;
  return (
    <>
      {state.status === "success" && d && (
        <OneTimeLink
          heading={t("inviteCreated", { email: d.email })}
          label={t("linkLabel", { expires: d.expires })}
          link={d.link}
          note={d.mailed === "yes" ? t("mailedYes", { email: d.email }) : t("mailedNo", { email: d.email })}
        />
      )}
      <form action={formAction} noValidate key={JSON.stringify(v) + state.status} className="max-w-2xl">
        <FormErrors state={state} order={inviteFields} />
        <TextField name="email" type="email" label={t("email")} hint={t("emailHint")} error={state.errors.email} defaultValue={v.email} autoComplete="off" spellCheck={false} required />
        <SelectField name="role" label={t("role")} error={state.errors.role} defaultValue={v.role ?? "DELEGATE"} options={roles.map((r) => ({ value: r, label: tRoles(r) }))} />
        <SelectField name="cityId" label={t("cityId")} hint={t("cityHint")} error={state.errors.cityId} defaultValue={v.cityId ?? ""} placeholder={t("choose")} options={cities.map((c) => ({ value: c.id, label: c.name }))} />
        <FormActions submitLabel={t("inviteSubmit")} cancelHref="/manage/users" />
      </form>
    </>
  );
}
