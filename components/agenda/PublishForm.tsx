"use client";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = { action: (prev: FormState<"form">, fd: FormData) => Promise<FormState<"form">>; version: number; label: string; hint: string };

/** Publish or unpublish, carrying the version the page showed: a stale click is refused. */
export function PublishForm({ action, version, label, hint }: Props) {
  const [state, formAction] = useActionState(action, idleState<"form">());
  return (
    <form action={formAction} className="max-w-2xl">
      <FormErrors state={state} order={[]} />
      <input type="hidden" name="version" value={version} />
      <p className="mb-3">{hint}</p>
      <SubmitButton label={label} pendingLabel={label} />
    </form>
  );
}
