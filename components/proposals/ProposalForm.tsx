"use client";
import { useActionState, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { CheckboxGroup, RadioGroup, SelectField } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { fieldErrors, formDataToObject, idleState, type FormState } from "@/lib/forms/state";
import { LIMITS, SCOPES, TARGET_GROUPS, TIMEFRAMES } from "@/lib/proposals/constants";
import { draftSchema, proposalFields, submitSchema, type ProposalField } from "@/lib/proposals/schemas";
import type { ProposalFormOptions } from "@/lib/proposals/queries.server";
import { ConflictPanel } from "./ConflictPanel";
import { SimilarProposals } from "./SimilarProposals";
import { translateKey } from "@/lib/i18n/dynamic";


type Props = {
  action: (prev: FormState<ProposalField>, formData: FormData) => Promise<FormState<ProposalField>>;
  initial: Partial<Record<ProposalField, string>>;
  version: number;
  proposalId: string | null;
  options: ProposalFormOptions;
  canSubmit: boolean;
};

export function ProposalForm({ action, initial, version, proposalId, options, canSubmit }: Props) {
  const [state, formAction] = useActionState(action, idleState<ProposalField>(initial));
  const [clientErrors, setClientErrors] = useState<FormState<ProposalField>["errors"] | null>(null);
  const [seenState, setSeenState] = useState(state);
  const t = useTranslations("proposalForm");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  if (seenState !== state) {
    // A new answer from the server replaces the browser's own findings.
    setSeenState(state);
    setClientErrors(null);
  }
  const label = (o: { title: string; titleEn: string | null }) => (locale === "en" && o.titleEn ? o.titleEn : o.title);
  const v = state.values;
  const errors = clientErrors ?? state.errors;
  const shown: FormState<ProposalField> = { ...state, errors, formError: clientErrors ? undefined : state.formError };
  const currentVersion = state.data?.conflictVersion ?? String(version);

  // The same zod schemas as the server, so most mistakes are caught before anything is sent.
  function validate(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const schema = submitter?.value === "submit" ? submitSchema : draftSchema;
    const result = schema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (!result.success) {
      event.preventDefault();
      setClientErrors(fieldErrors<ProposalField>(result.error.issues, (k) => translateKey(t, k, k)));
    } else {
      setClientErrors(null);
    }
  }

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <form action={formAction} onSubmit={validate} noValidate key={JSON.stringify(v)} className="min-w-0">
        <FormErrors state={shown} order={proposalFields} />
        {state.data?.theirs && <ConflictPanel theirs={state.data.theirs} at={state.data.theirsAt} version={state.data.conflictVersion} mine={v} options={options} />}
        <input type="hidden" name="version" value={currentVersion} />

        <fieldset className="mb-8">
          <legend className="mb-3 text-2xl font-bold">{t("sectionWhat")}</legend>
          <CountedTextarea name="title" singleLine label={t("title")} hint={t("titleHint")} error={errors.title} defaultValue={v.title} max={LIMITS.title} required />
          <SelectField name="forumId" label={t("forumId")} hint={t("forumHint")} error={errors.forumId} defaultValue={v.forumId ?? ""} placeholder={t("choose")} options={options.forums.map((f) => ({ value: f.id, label: label(f) }))} />
          <SelectField name="themeId" label={t("themeId")} error={errors.themeId} defaultValue={v.themeId ?? ""} placeholder={t("choose")} options={options.themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
          <RadioGroup name="scope" label={t("scope")} error={errors.scope} selected={v.scope} options={SCOPES.map((s) => ({ value: s, label: tEnums(`scope.${s}`) }))} />
        </fieldset>

        <fieldset className="mb-8">
          <legend className="mb-3 text-2xl font-bold">{t("sectionWhy")}</legend>
          <CountedTextarea name="problem" label={t("problem")} hint={t("problemHint")} error={errors.problem} defaultValue={v.problem} max={LIMITS.problem} />
          <CountedTextarea name="evidence" label={t("evidence")} hint={t("evidenceHint")} error={errors.evidence} defaultValue={v.evidence} max={LIMITS.evidence} />
          <CountedTextarea name="action" label={t("action")} hint={t("actionHint")} error={errors.action} defaultValue={v.action} max={LIMITS.action} />
        </fieldset>

        <fieldset className="mb-8">
          <legend className="mb-3 text-2xl font-bold">{t("sectionWho")}</legend>
          <CheckboxGroup name="targetGroups" label={t("targetGroups")} error={errors.targetGroups} selected={(v.targetGroups ?? "").split(",").filter(Boolean)} options={TARGET_GROUPS.map((g) => ({ value: g, label: tEnums(`targetGroup.${g}`) }))} />
          <RadioGroup name="timeframe" label={t("timeframe")} error={errors.timeframe} selected={v.timeframe} options={TIMEFRAMES.map((s) => ({ value: s, label: tEnums(`timeframe.${s}`) }))} />
          <CountedTextarea singleLine name="leadAgency" label={t("leadAgency")} hint={t("leadAgencyHint")} error={errors.leadAgency} defaultValue={v.leadAgency} max={LIMITS.leadAgency} />
          <CountedTextarea name="partners" label={t("partners")} hint={t("partnersHint")} error={errors.partners} defaultValue={v.partners} max={LIMITS.partners} rows={2} />
        </fieldset>

        <fieldset className="mb-8">
          <legend className="mb-3 text-2xl font-bold">{t("sectionMeasure")}</legend>
          <CountedTextarea name="indicators" label={t("indicators")} hint={t("indicatorsHint")} error={errors.indicators} defaultValue={v.indicators} max={LIMITS.indicators} rows={3} />
          <TextField name="budgetIdr" label={t("budgetIdr")} hint={t("budgetHint")} error={errors.budgetIdr} defaultValue={v.budgetIdr} inputMode="numeric" autoComplete="off" />
          <CountedTextarea singleLine name="fundingSource" label={t("fundingSource")} hint={t("fundingSourceHint")} error={errors.fundingSource} defaultValue={v.fundingSource} max={LIMITS.fundingSource} />
        </fieldset>

        <fieldset className="mb-8">
          <legend className="mb-3 text-2xl font-bold">{t("sectionOrigin")}</legend>
          <div className={`mb-5 ${errors.forumSessionId ? "border-l-4 border-[var(--color-danger)] pl-3" : ""}`}>
            <label htmlFor="forumSessionId" className="mb-1 block font-semibold">{t("forumSessionId")}</label>
            {errors.forumSessionId && <p id="forumSessionId-error" className="field-error mb-1">{errors.forumSessionId}</p>}
            <select id="forumSessionId" name="forumSessionId" defaultValue={v.forumSessionId ?? ""} className="field-input" aria-invalid={errors.forumSessionId ? true : undefined} aria-describedby={errors.forumSessionId ? "forumSessionId-error" : undefined}>
              <option value="">{t("none")}</option>
              {options.forums.filter((f) => f.sessions.length).map((f) => (
                <optgroup key={f.id} label={label(f)}>
                  {f.sessions.map((s) => <option key={s.id} value={s.id}>{label(s)}</option>)}
                </optgroup>
              ))}
            </select>
          </div>
          <SelectField name="activityId" label={t("activityId")} error={errors.activityId} defaultValue={v.activityId ?? ""} placeholder={t("none")} options={options.activities.map((a) => ({ value: a.id, label: label(a) }))} />
        </fieldset>

        <div className="flex flex-wrap gap-4">
          <button type="submit" name="intent" value="save" className="btn btn-secondary">{t("saveDraft")}</button>
          {canSubmit && <button type="submit" name="intent" value="submit" className="btn">{t("submit")}</button>}
        </div>
      </form>
      <aside aria-labelledby="similar-title" className="min-w-0">
        <SimilarProposals proposalId={proposalId} initialText={`${v.title ?? ""} ${v.problem ?? ""} ${v.action ?? ""}`} />
      </aside>
    </div>
  );
}
