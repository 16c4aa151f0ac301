"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { SelectField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { idleState, type FormState } from "@/lib/forms/state";
import { PROGRAMME_LIMITS, sessionFields, type SessionField } from "@/lib/forums/schemas";

type Props = {
  action: (prev: FormState<SessionField>, formData: FormData) => Promise<FormState<SessionField>>;
  initial: Partial<Record<SessionField, string>>;
  kindOptions: { value: string; label: string }[];
  /** Which zone and days the times are in, said once for both time fields. */
  timesHint: string;
  submitLabel: string;
  /** A heading naming the form when it shares its page with others (adding on the programme page). */
  title?: string;
  /** A cancel link when the form is the page's main one (editing). */
  cancelHref?: string;
};

/** A session of a forum's programme: kind, title (and its English), and optional local start and end. */
export function SessionForm({ action, initial, kindOptions, timesHint, submitLabel, title, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<SessionField>(initial));
  const t = useTranslations("programmeForm");
  const tForms = useTranslations("forms");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl" aria-labelledby={title ? "session-form-title" : undefined}>
      {title && <h2 id="session-form-title" className="mb-3 text-2xl">{title}</h2>}
      <FormErrors state={state} order={sessionFields} />
      <SelectField name="kind" label={t("kind")} error={e.kind} defaultValue={v.kind ?? ""} placeholder={tForms("choose")} options={kindOptions} />
      <CountedTextarea singleLine name="title" label={t("sessionTitle")} error={e.title} defaultValue={v.title} required max={PROGRAMME_LIMITS.title} />
      <CountedTextarea singleLine name="titleEn" label={t("titleEn")} error={e.titleEn} defaultValue={v.titleEn} max={PROGRAMME_LIMITS.title} lang="en" />
      <fieldset className="mb-2" aria-describedby="session-times-hint">
        <legend className="mb-1 font-semibold">{t("times")}</legend>
        <p id="session-times-hint" className="field-hint mb-3 text-sm">{timesHint}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField name="startsAt" type="datetime-local" label={t("startsAt")} error={e.startsAt} defaultValue={v.startsAt} />
          <TextField name="endsAt" type="datetime-local" label={t("endsAt")} error={e.endsAt} defaultValue={v.endsAt} />
        </div>
      </fieldset>
      {cancelHref ? <FormActions submitLabel={submitLabel} cancelHref={cancelHref} /> : <SubmitButton label={submitLabel} pendingLabel={tForms("saving")} />}
    </form>
  );
}
