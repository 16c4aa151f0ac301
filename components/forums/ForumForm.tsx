"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, SelectField, TextareaField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { idleState, type FormState } from "@/lib/forms/state";
import { forumFields, type ForumField } from "@/lib/forums/schemas";

type Props = {
  action: (prev: FormState<ForumField>, formData: FormData) => Promise<FormState<ForumField>>;
  initial: Partial<Record<ForumField, string>>;
  cities: { id: string; name: string }[];
  cancelHref: string;
};

export function ForumForm({ action, initial, cities, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<ForumField>(initial));
  const t = useTranslations("forumForm");
  const v = state.values;
  const e = state.errors;
  const cityOptions = cities.map((c) => ({ value: c.id, label: c.name }));
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-3xl">
      <FormErrors state={state} order={forumFields} />
      <TextField name="title" label={t("title")} error={e.title} defaultValue={v.title} required maxLength={200} />
      <TextField name="titleEn" label={t("titleEn")} error={e.titleEn} defaultValue={v.titleEn} maxLength={200} lang="en" />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} error={e.slug} defaultValue={v.slug} maxLength={100} spellCheck={false} />
      <TextField name="venue" label={t("venue")} error={e.venue} defaultValue={v.venue} required maxLength={200} />
      <SelectField name="hostCityId" label={t("hostCityId")} error={e.hostCityId} defaultValue={v.hostCityId ?? ""} placeholder={t("noHost")} options={cityOptions} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="startsOn" type="date" label={t("startsOn")} error={e.startsOn} defaultValue={v.startsOn} required />
        <TextField name="endsOn" type="date" label={t("endsOn")} error={e.endsOn} defaultValue={v.endsOn} required />
      </div>
      <TextareaField name="summary" label={t("summary")} error={e.summary} defaultValue={v.summary} maxLength={4000} />
      <TextareaField name="summaryEn" label={t("summaryEn")} error={e.summaryEn} defaultValue={v.summaryEn} maxLength={4000} lang="en" />
      <TextareaField name="objectives" label={t("objectives")} hint={t("objectivesHint")} error={e.objectives} defaultValue={v.objectives} rows={5} />
      <CheckboxGroup name="attendingCityIds" label={t("attendingCityIds")} error={e.attendingCityIds} options={cityOptions} selected={(v.attendingCityIds ?? "").split(",").filter(Boolean)} />
      <FormActions cancelHref={cancelHref} />
    </form>
  );
}
