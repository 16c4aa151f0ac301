"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/Fields";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { DECISION_COMMENT_MAX, DECISIONS, decisionFields, type DecisionField } from "@/lib/review/schemas";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = { action: (prev: FormState<DecisionField>, fd: FormData) => Promise<FormState<DecisionField>>; version: number };

const DECISION_LABELS = { ACCEPT: "decisionACCEPT", REQUEST_REVISION: "decisionREQUEST_REVISION", REJECT: "decisionREJECT" } as const;

export function DecisionForm({ action, version }: Props) {
  const [state, formAction] = useActionState(action, idleState<DecisionField>());
  const t = useTranslations("review");
  const tForms = useTranslations("forms");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={decisionFields} />
      <input type="hidden" name="version" value={version} />
      <RadioGroup name="decision" label={t("decision")} error={state.errors.decision} selected={state.values.decision} options={DECISIONS.map((d) => ({ value: d, label: t(DECISION_LABELS[d]) }))} />
      <CountedTextarea name="comment" label={t("comment")} hint={t("commentHint")} error={state.errors.comment} defaultValue={state.values.comment} max={DECISION_COMMENT_MAX} />
      <SubmitButton label={t("decideSubmit")} pendingLabel={tForms("saving")} />
    </form>
  );
}
