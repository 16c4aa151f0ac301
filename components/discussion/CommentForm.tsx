"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/forms/CountedTextarea";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleState, type FormState } from "@/lib/forms/state";
import { COMMENT_MAX, commentFields, type CommentField } from "@/lib/discussion/schemas";

type Props = {
  action: (prev: FormState<CommentField>, formData: FormData) => Promise<FormState<CommentField>>;
  /** Distinguishes the fields of several forms on one page (the new comment and each reply). */
  idPrefix: string;
  label: string;
  submitLabel: string;
  parentId?: string;
  initial?: string;
};

/** Writing, replying to or editing a comment; works without JavaScript (the server keeps the text on refusal). */
export function CommentForm({ action, idPrefix, label, submitLabel, parentId, initial }: Props) {
  const [state, formAction] = useActionState(action, idleState<CommentField>());
  const t = useTranslations("discussion");
  return (
    <form action={formAction} noValidate key={JSON.stringify(state.values)} className="max-w-2xl">
      <FormErrors state={state} order={commentFields} fieldIds={{ body: `${idPrefix}-body` }} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <CountedTextarea fieldId={`${idPrefix}-body`} name="body" label={label} hint={t("bodyHint")} error={state.errors.body} defaultValue={state.values.body ?? initial} max={COMMENT_MAX} rows={4} />
      <SubmitButton label={submitLabel} pendingLabel={t("sending")} />
    </form>
  );
}
