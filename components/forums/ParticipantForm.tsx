"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { SelectField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { PARTICIPATION_LIMITS, participantFields, type ParticipantField } from "@/lib/forums/schemas";

type Props = {
  action: (prev: FormState<ParticipantField>, formData: FormData) => Promise<FormState<ParticipantField>>;
  initial: Partial<Record<ParticipantField, string>>;
  cities: { id: string; name: string }[];
  statusOptions: { value: string; label: string }[];
  submitLabel: string;
  /** A heading naming the form when it shares its page with others (adding on the participation page). */
  title?: string;
  /** A cancel link when the form is a page of its own (editing). */
  cancelHref?: string;
};

/** One person on a forum's attendance list: name, position, office, the city they represent, attendance. */
export function ParticipantForm({ action, initial, cities, statusOptions, submitLabel, title, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<ParticipantField>(initial));
  const t = useTranslations("participationForm");
  const tForms = useTranslations("forms");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl" aria-labelledby={title ? "participant-form-title" : undefined}>
      {title && <h3 id="participant-form-title" className="mb-3 text-xl">{title}</h3>}
      <FormErrors state={state} order={participantFields} />
      <CountedTextarea singleLine name="name" label={t("name")} error={e.name} defaultValue={v.name} required max={PARTICIPATION_LIMITS.name} autoComplete="off" />
      <CountedTextarea singleLine name="jobTitle" label={t("jobTitle")} hint={t("jobTitleHint")} error={e.jobTitle} defaultValue={v.jobTitle} required max={PARTICIPATION_LIMITS.jobTitle} />
      <CountedTextarea singleLine name="office" label={t("office")} hint={t("officeHint")} error={e.office} defaultValue={v.office} required max={PARTICIPATION_LIMITS.office} />
      <SelectField name="cityId" label={t("cityId")} error={e.cityId} defaultValue={v.cityId ?? ""} placeholder={t("noCity")} options={cities.map((c) => ({ value: c.id, label: c.name }))} />
      <SelectField name="status" label={t("status")} error={e.status} defaultValue={v.status ?? ""} options={statusOptions} />
      {cancelHref ? <FormActions submitLabel={submitLabel} cancelHref={cancelHref} /> : <SubmitButton label={submitLabel} pendingLabel={tForms("saving")} />}
    </form>
  );
}
