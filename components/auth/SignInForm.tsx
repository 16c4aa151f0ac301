"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { signInAction, type SignInField } from "@/lib/auth/actions";
import { idleState } from "@/lib/forms/state";

type Labels = Record<"email" | "emailHint" | "password" | "submit" | "submitting" | "errorSummaryTitle", string>;

export function SignInForm({ labels, callbackUrl, email }: { labels: Labels; callbackUrl: string; email: string }) {
  const [state, formAction] = useActionState(signInAction, idleState<SignInField>(email ? { email } : {}));
  const summary = [
    ...(state.formError ? [{ field: "email", message: state.formError }] : []),
    ...(Object.entries(state.errors) as [SignInField, string][]).map(([field, message]) => ({ field, message })),
  ];
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary title={labels.errorSummaryTitle} errors={summary} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={labels.emailHint}
        error={state.errors.email}
        defaultValue={state.values.email ?? ""}
        key={`email-${state.values.email ?? ""}`}
        autoComplete="username"
        spellCheck={false}
        required
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        error={state.errors.password}
        autoComplete="current-password"
        required
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  );
}
