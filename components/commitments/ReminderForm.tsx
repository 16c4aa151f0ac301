"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { Notice } from "@/components/ui/Notice";
import { idleState, type FormState } from "@/lib/forms/state";

type Props = { action: (prev: FormState<"olderThan">, fd: FormData) => Promise<FormState<"olderThan">>; defaultDate: string; inviteHref?: string };

export function ReminderForm({ action, defaultDate, inviteHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<"olderThan">());
  const t = useTranslations("commitments");
  const tForms = useTranslations("forms");
  const sent = state.status === "success" && state.data;
  return (
    <>
      {sent && (
        <Notice tone="success">
          {Number(sent.count) === 0 && Number(sent.unreachableCount) === 0
            ? t("remindedNone")
            : Number(sent.count) === 0 ? t("remindedNobody") : t("reminded", { count: Number(sent.count), cities: sent.cities, delegates: Number(sent.delegates) })}
        </Notice>
      )}
      {sent && Number(sent.unreachableCount) > 0 && (
        <Notice tone="warning">
          <p>{t("unreachable", { count: Number(sent.unreachableCount), cities: sent.unreachable })}</p>
          <p className="mt-2">{inviteHref ? <Link href={inviteHref}>{t("inviteDelegates")}</Link> : t("askSecretariat")}</p>
        </Notice>
      )}
      <form action={formAction} noValidate className="max-w-2xl">
        <FormErrors state={state} order={["olderThan"]} />
        <TextField name="olderThan" type="date" label={t("olderThan")} hint={t("olderThanHint")} error={state.errors.olderThan} defaultValue={state.values.olderThan ?? defaultDate} className="max-w-56" />
        <SubmitButton label={t("remindSubmit")} pendingLabel={tForms("saving")} />
      </form>
    </>
  );
}
