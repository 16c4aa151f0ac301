"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { Notice } from "@/components/ui/Notice";
import { changeOwnPasswordAction } from "@/lib/accounts/actions";
import { changePasswordFields, type ChangePasswordField } from "@/lib/accounts/schemas";
import { idleState } from "@/lib/forms/state";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, formAction] = useActionState(changeOwnPasswordAction, idleState<ChangePasswordField>());
  const t = useTranslations("accounts");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate className="max-w-md" aria-labelledby="password-title">
      <h2 id="password-title" className="mb-3 text-2xl">{t("passwordTitle")}</h2>
      {state.status === "success" && state.message && <Notice>{state.message}</Notice>}
      <FormErrors state={state} order={changePasswordFields} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField name="current" type="password" label={t("current")} error={state.errors.current} autoComplete="current-password" required />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} error={state.errors.password} autoComplete="new-password" required />
      <TextField name="confirm" type="password" label={t("confirm")} error={state.errors.confirm} autoComplete="new-password" required />
      <SubmitButton label={t("passwordSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
