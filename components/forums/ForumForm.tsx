"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextareaField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { idleState, type FormState } from "@/lib/forms/state";
import { FORUM_LIMITS, forumFields, type ForumField } from "@/lib/forums/schemas";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

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
      <CountedTextarea singleLine name="title" label={t("title")} error={e.title} defaultValue={v.title} required max={FORUM_LIMITS.title} />
      <CountedTextarea singleLine name="titleEn" label={t("titleEn")} error={e.titleEn} defaultValue={v.titleEn} max={FORUM_LIMITS.title} lang="en" />
      <CountedTextarea singleLine name="slug" label={t("slug")} hint={t("slugHint")} error={e.slug} defaultValue={v.slug} max={FORUM_LIMITS.slug} spellCheck={false} />
      <CountedTextarea singleLine name="venue" label={t("venue")} error={e.venue} defaultValue={v.venue} required max={FORUM_LIMITS.venue} />
      <SelectField name="hostCityId" label={t("hostCityId")} error={e.hostCityId} defaultValue={v.hostCityId ?? ""} placeholder={t("noHost")} options={cityOptions} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="startsOn" type="date" label={t("startsOn")} error={e.startsOn} defaultValue={v.startsOn} required />
        <TextField name="endsOn" type="date" label={t("endsOn")} error={e.endsOn} defaultValue={v.endsOn} required />
      </div>
      <CountedTextarea name="summary" label={t("summary")} error={e.summary} defaultValue={v.summary} max={FORUM_LIMITS.summary} />
      <CountedTextarea name="summaryEn" label={t("summaryEn")} error={e.summaryEn} defaultValue={v.summaryEn} max={FORUM_LIMITS.summary} lang="en" />
      <TextareaField name="objectives" label={t("objectives")} hint={t("objectivesHint")} error={e.objectives} defaultValue={v.objectives} rows={5} />
      <TextareaField name="objectivesEn" label={t("objectivesEn")} hint={t("objectivesEnHint")} error={e.objectivesEn} defaultValue={v.objectivesEn} rows={5} lang="en" />
      <FormActions cancelHref={cancelHref} />
    </form>
  );
}
