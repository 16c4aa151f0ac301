"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { NAME_MAX, setPasswordFields, type SetPasswordField } from "@/lib/accounts/schemas";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = {
  action: (prev: FormState<SetPasswordField>, formData: FormData) => Promise<FormState<SetPasswordField>>;
  email: string;
  withName: boolean;
  submitLabel: string;
};

/** Choosing a password: for a new account (with a name) or after a reset. */
export function SetPasswordForm({ action, email, withName, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, idleState<SetPasswordField>());
  const t = useTranslations("accounts");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-md">
      <FormErrors state={state} order={setPasswordFields} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      {withName && <CountedTextarea singleLine name="name" label={t("name")} error={state.errors.name} defaultValue={state.values.name} autoComplete="name" required max={NAME_MAX} />}
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} error={state.errors.password} autoComplete="new-password" required />
      <TextField name="confirm" type="password" label={t("confirm")} error={state.errors.confirm} autoComplete="new-password" required />
      <SubmitButton label={submitLabel} pendingLabel={tForms("saving")} />
    </form>
  );
}
