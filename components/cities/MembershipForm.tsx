"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { MEMBERSHIP_TRANSITIONS, type MembershipCode } from "@/lib/cities/constants";
import { CITY_LIMITS, membershipFields, type MembershipField } from "@/lib/cities/schemas";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = {
  action: (prev: FormState<MembershipField>, formData: FormData) => Promise<FormState<MembershipField>>;
  current: MembershipCode;
  today: string;
  cancelHref: string;
};

export function MembershipForm({ action, current, today, cancelHref }: Props) {
  const allowed = MEMBERSHIP_TRANSITIONS[current];
  const [state, formAction] = useActionState(action, idleState<MembershipField>({ toStatus: allowed[0], effectiveOn: today }));
  const t = useTranslations("membershipForm");
  const tEnums = useTranslations("enums");
  const v = state.values;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl">
      <FormErrors state={state} order={membershipFields} />
      <SelectField
        name="toStatus" label={t("toStatus")} error={state.errors.toStatus} defaultValue={v.toStatus}
        options={allowed.map((s) => ({ value: s, label: tEnums(`membership.${s}`) }))}
      />
      <TextField name="effectiveOn" type="date" label={t("effectiveOn")} hint={t("effectiveOnHint")} error={state.errors.effectiveOn} defaultValue={v.effectiveOn} required />
      <CountedTextarea name="reason" label={t("reason")} hint={t("reasonHint")} error={state.errors.reason} defaultValue={v.reason} required max={CITY_LIMITS.membershipReason} rows={3} />
      <FormActions submitLabel={t("submit")} cancelHref={cancelHref} />
    </form>
  );
}
