import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { TextField } from "@/components/forms/TextField";
import { REGIONS, SCOPES, SENT_STATUSES } from "@/lib/domain/enums";
import { localized } from "@/lib/i18n/localized";

type Option = { id: string };
type Props = {
  /** The current values, as the list's schema parsed them from the URL. */
  filter: { q?: string; forum?: string; city?: string; region?: string; theme?: string; scope?: string; status?: string };
  options: { forums: (Option & { title: string; titleEn: string | null })[]; cities: (Option & { name: string })[]; themes: (Option & { nameId: string; nameEn: string })[] };
  labels: { q: string; qHint?: string; forum: string; city: string; region: string; theme: string; scope: string; status: string; all: string };
};

/** The filter fields every list of sent proposals offers (the proposal list and the review queue); each page adds its sort. */
export async function SentProposalFilterFields({ filter, options, labels }: Props) {
  const [tEnums, locale] = await Promise.all([getTranslations("enums"), getLocale()]);
  const all = labels.all;
  return (
    <>
      <TextField name="q" type="search" label={labels.q} hint={labels.qHint} defaultValue={filter.q ?? ""} />
      <SelectField name="forum" label={labels.forum} defaultValue={filter.forum ?? ""} placeholder={all} options={options.forums.map((f) => ({ value: f.id, label: localized(locale, f.title, f.titleEn) }))} />
      <SelectField name="city" label={labels.city} defaultValue={filter.city ?? ""} placeholder={all} options={options.cities.map((c) => ({ value: c.id, label: c.name }))} />
      <SelectField name="region" label={labels.region} defaultValue={filter.region ?? ""} placeholder={all} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
      <SelectField name="theme" label={labels.theme} defaultValue={filter.theme ?? ""} placeholder={all} options={options.themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameId }))} />
      <SelectField name="scope" label={labels.scope} defaultValue={filter.scope ?? ""} placeholder={all} options={SCOPES.map((s) => ({ value: s, label: tEnums(`scope.${s}`) }))} />
      <SelectField name="status" label={labels.status} defaultValue={filter.status ?? ""} placeholder={all} options={SENT_STATUSES.map((s) => ({ value: s, label: tEnums(`proposalStatus.${s}`) }))} />
    </>
  );
}
