"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { PROGRAMME_LIMITS, speakerFields, type SpeakerField } from "@/lib/forums/schemas";

type Props = {
  action: (prev: FormState<SpeakerField>, formData: FormData) => Promise<FormState<SpeakerField>>;
  initial: Partial<Record<SpeakerField, string>>;
  submitLabel: string;
  /** A heading naming the form when it shares its page with others (adding on the session page). */
  title?: string;
  cancelHref?: string;
};

/** A speaker of a session: name, and position or office (with its English). */
export function SpeakerForm({ action, initial, submitLabel, title, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<SpeakerField>(initial));
  const t = useTranslations("programmeForm");
  const tForms = useTranslations("forms");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl" aria-labelledby={title ? "speaker-form-title" : undefined}>
      {title && <h3 id="speaker-form-title" className="mb-3 text-xl">{title}</h3>}
      <FormErrors state={state} order={speakerFields} />
      <CountedTextarea singleLine name="name" label={t("name")} error={e.name} defaultValue={v.name} required max={PROGRAMME_LIMITS.name} autoComplete="off" />
      <CountedTextarea singleLine name="role" label={t("role")} hint={t("roleHint")} error={e.role} defaultValue={v.role} required max={PROGRAMME_LIMITS.role} />
      <CountedTextarea singleLine name="roleEn" label={t("roleEn")} error={e.roleEn} defaultValue={v.roleEn} max={PROGRAMME_LIMITS.role} lang="en" />
      {cancelHref ? <FormActions submitLabel={submitLabel} cancelHref={cancelHref} /> : <SubmitButton label={submitLabel} pendingLabel={tForms("saving")} />}
    </form>
  );
}
