"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrors } from "@/components/forms/FormErrors";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { DataTable } from "@/components/ui/DataTable";
import { idleState, type FormState } from "@/lib/forms/state";
import { noteFieldOf, statusFieldOf } from "@/lib/forums/schemas";

type City = { id: string; name: string; membership: string; status: string | null; note: string | null };

type Props = {
  action: (prev: FormState<string>, formData: FormData) => Promise<FormState<string>>;
  cities: City[];
  statusOptions: { value: string; label: string }[];
};

/**
 * Every city with its place in the forum, one select and one note per row, saved at once. Each
 * refusal is said in its row, above the field it is about, and in the summary linking to it.
 */
export function CityParticipationForm({ action, cities, statusOptions }: Props) {
  const initial = Object.fromEntries(cities.flatMap((c) => [[statusFieldOf(c.id), c.status ?? ""], [noteFieldOf(c.id), c.note ?? ""]]));
  const [state, formAction] = useActionState(action, idleState<string>(initial));
  const t = useTranslations("participationForm");
  const tForms = useTranslations("forms");
  const v = state.values;
  const e = state.errors;
  const order = cities.flatMap((c) => [statusFieldOf(c.id), noteFieldOf(c.id)]);
  const errorOf = (field: string) => e[field] && <p id={`${field}-error`} className="field-error mb-1">{e[field]}</p>;
  const describedBy = (field: string) => (e[field] ? `${field}-error` : undefined);
  return (
    <form action={formAction} noValidate key={JSON.stringify(v)} aria-labelledby="cities-title" className="mb-12">
      <h2 id="cities-title" className="mb-2 text-2xl">{t("citiesTitle")}</h2>
      <p className="mb-4 max-w-3xl">{t("citiesHint")}</p>
      <FormErrors state={state} order={order} />
      <DataTable
        caption={t("citiesCaption")}
        rows={cities}
        rowKey={(c) => c.id}
        empty="—"
        columns={[
          { key: "city", header: t("cityColumn"), rowHeader: true, cell: (c) => c.name },
          { key: "membership", header: t("membershipColumn"), cell: (c) => c.membership },
          {
            key: "participation",
            header: t("participationColumn"),
            cell: (c) => {
              const field = statusFieldOf(c.id);
              return (
                <div className={e[field] ? "border-l-4 border-[var(--color-danger)] pl-2" : undefined}>
                  {errorOf(field)}
                  <select
                    id={field} name={field} defaultValue={v[field] ?? ""} aria-label={t("statusOf", { city: c.name })}
                    aria-invalid={e[field] ? true : undefined} aria-describedby={describedBy(field)} className="field-input min-w-40"
                  >
                    <option value="">{t("notInvolved")}</option>
                    {statusOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </select>
                </div>
              );
            },
          },
          {
            key: "note",
            header: t("noteColumn"),
            cell: (c) => {
              const field = noteFieldOf(c.id);
              return (
                <div className={e[field] ? "border-l-4 border-[var(--color-danger)] pl-2" : undefined}>
                  {errorOf(field)}
                  <input
                    type="text" id={field} name={field} defaultValue={v[field] ?? ""} aria-label={t("noteOf", { city: c.name })}
                    aria-invalid={e[field] ? true : undefined} aria-describedby={describedBy(field)} className="field-input min-w-64"
                  />
                </div>
              );
            },
          },
        ]}
      />
      <SubmitButton label={t("saveCities")} pendingLabel={tForms("saving")} />
    </form>
  );
}
