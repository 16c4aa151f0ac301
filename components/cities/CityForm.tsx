"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/Fields";
import { FormActions } from "@/components/forms/FormActions";
import { FormErrors } from "@/components/forms/FormErrors";
import { TextField } from "@/components/forms/TextField";
import { REGIONS, TIME_ZONES } from "@/lib/cities/constants";
import { CITY_LIMITS, cityFields, type CityField } from "@/lib/cities/schemas";
import { idleState, type FormState } from "@/lib/forms/state";
import { CountedTextarea } from "@/components/forms/CountedTextarea";

type Props = {
  action: (prev: FormState<CityField>, formData: FormData) => Promise<FormState<CityField>>;
  initial: Partial<Record<CityField, string>>;
  mode: "create" | "edit";
  cancelHref: string;
};

export function CityForm({ action, initial, mode, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, idleState<CityField>(initial));
  const t = useTranslations("cityForm");
  const tEnums = useTranslations("enums");
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} className="max-w-2xl">
      <FormErrors state={state} order={cityFields} />
      <CountedTextarea singleLine name="name" label={t("name")} hint={t("nameHint")} error={e.name} defaultValue={v.name} required max={CITY_LIMITS.name} autoComplete="off" />
      <CountedTextarea singleLine name="slug" label={t("slug")} hint={t("slugHint")} error={e.slug} defaultValue={v.slug} max={CITY_LIMITS.slug} autoComplete="off" spellCheck={false} />
      <CountedTextarea singleLine name="province" label={t("province")} error={e.province} defaultValue={v.province} required max={CITY_LIMITS.province} />
      <SelectField
        name="region" label={t("region")} error={e.region} defaultValue={v.region ?? ""} placeholder={t("choose")} required
        options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))}
      />
      <SelectField
        name="timeZone" label={t("timeZone")} error={e.timeZone} defaultValue={v.timeZone ?? ""} placeholder={t("choose")} required
        options={TIME_ZONES.map((z) => ({ value: z, label: tEnums(`zone.${z}`) }))}
      />
      <p id="coordinates-hint" className="field-hint mb-2 text-sm">{t("coordinatesHint")}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="latitude" label={t("latitude")} error={e.latitude} defaultValue={v.latitude} inputMode="decimal" aria-describedby="coordinates-hint" />
        <TextField name="longitude" label={t("longitude")} error={e.longitude} defaultValue={v.longitude} inputMode="decimal" aria-describedby="coordinates-hint" />
      </div>
      {mode === "create" && (
        <SelectField
          name="membershipStatus" label={t("membershipStatus")} error={e.membershipStatus} defaultValue={v.membershipStatus ?? "INVITED"}
          options={(["INVITED", "MEMBER"] as const).map((s) => ({ value: s, label: tEnums(`membership.${s}`) }))}
        />
      )}
      <FormActions cancelHref={cancelHref} />
    </form>
  );
}
