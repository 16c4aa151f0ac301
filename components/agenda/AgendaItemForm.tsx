"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CheckboxGroup, SelectField, TextareaField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { AGENDA_LEVELS, AGENDA_LIMITS, AGENDA_OWNERS, agendaFields, type AgendaField } from "@/lib/agenda/schemas";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = {
  action: (prev: FormState<AgendaField>, fd: FormData) => Promise<FormState<AgendaField>>;
  initial: Partial<Record<AgendaField, string>>;
  themes: { id: string; nameId: string; nameEn: string }[];
  hidden?: Record<string, string | string[]>;
  /** Proposals to merge into the new item, all ticked; the chair may untick any before saving. */
  selectable?: { id: string; label: string }[];
  submitLabel?: string;
  cancelHref: string;
};

export function AgendaItemForm({ action, initial, themes, hidden = {}, selectable = [], submitLabel, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<AgendaField>(initial));
  const t = useTranslations("agenda");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const v = state.values;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-3xl">
      <FormErrors state={state} order={agendaFields} />
      {Object.entries(hidden).flatMap(([name, value]) => [value].flat().map((x) => <input key={`${name}-${x}`} type="hidden" name={name} value={x} />))}
      {selectable.length > 0 && (
        <CheckboxGroup
          name="proposalIds"
          label={t("newFromSelection")}
          error={state.errors.proposalIds}
          options={selectable.map((p) => ({ value: p.id, label: p.label }))}
          selected={v.proposalIds !== undefined ? v.proposalIds.split(",") : selectable.map((p) => p.id)}
        />
      )}
      <CountedTextarea singleLine name="title" label={t("title")} hint={t("titleHint")} error={state.errors.title} defaultValue={v.title} max={AGENDA_LIMITS.title} required />
      <CountedTextarea name="description" label={t("description")} error={state.errors.description} defaultValue={v.description} rows={5} max={AGENDA_LIMITS.description} />
      {/* Open when it holds something, or something to fix: a closed disclosure must not hide an error. */}
      <details className="mb-5" open={Boolean(v.titleEn || v.descriptionEn || state.errors.titleEn || state.errors.descriptionEn)}>
        <summary className="mb-3 cursor-pointer font-semibold">{t("englishVersion")}</summary>
        <p className="field-hint mb-3 text-sm">{t("englishVersionHint")}</p>
        <CountedTextarea singleLine name="titleEn" label={t("titleEn")} error={state.errors.titleEn} defaultValue={v.titleEn} max={AGENDA_LIMITS.title} lang="en" />
        <CountedTextarea name="descriptionEn" label={t("descriptionEn")} error={state.errors.descriptionEn} defaultValue={v.descriptionEn} rows={4} max={AGENDA_LIMITS.description} lang="en" />
      </details>
      <SelectField name="themeId" label={t("themeId")} error={state.errors.themeId} defaultValue={v.themeId ?? ""} placeholder={t("noTheme")} options={themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
      <SelectField name="level" label={t("level")} error={state.errors.level} defaultValue={v.level ?? "NATIONAL"} options={AGENDA_LEVELS.map((l) => ({ value: l, label: tEnums(`agendaLevel.${l}`) }))} />
      <SelectField name="owner" label={t("owner")} error={state.errors.owner} defaultValue={v.owner ?? "POKJA"} options={AGENDA_OWNERS.map((o) => ({ value: o, label: tEnums(`agendaOwner.${o}`) }))} />
      <CountedTextarea name="indicators" label={t("indicators")} error={state.errors.indicators} defaultValue={v.indicators} rows={3} max={AGENDA_LIMITS.indicators} />
      <TextareaField name="milestones" label={t("milestones")} hint={t("milestonesHint")} error={state.errors.milestones} defaultValue={v.milestones} rows={4} />
      <FormActions submitLabel={submitLabel} cancelHref={cancelHref} />
    </form>
  );
}
