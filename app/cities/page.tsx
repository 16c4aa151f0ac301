import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { currentUserCan } from "@/lib/auth/guard.server";
import { MEMBERSHIP_STATUSES, REGIONS } from "@/lib/cities/constants";
import { listCities, listProvinces, membershipCounts } from "@/lib/cities/queries.server";
import { directoryFilterSchema } from "@/lib/cities/schemas";
import { getDb } from "@/lib/db.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cities"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function CityDirectoryPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const filter = directoryFilterSchema.parse({ region: raw.region, province: raw.province, membership: raw.membership });
  const db = getDb();
  const [t, tEnums, cities, counts, provinces, canAdd] = await Promise.all([
    getTranslations("cities"),
    getTranslations("enums"),
    listCities(db, filter),
    membershipCounts(db, filter),
    listProvinces(db),
    currentUserCan("city.create"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={canAdd ? [{ href: "/manage/cities/new", label: t("add") }] : []} />
      <FilterPanel id="filters-title" title={t("filtersTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/cities" columns="sm:grid-cols-3">
          <SelectField name="region" label={t("region")} defaultValue={filter.region ?? ""} placeholder={t("all")} options={REGIONS.map((r) => ({ value: r, label: tEnums(`region.${r}`) }))} />
          <SelectField name="province" label={t("province")} defaultValue={filter.province ?? ""} placeholder={t("all")} options={provinces.map((p) => ({ value: p, label: p }))} />
          <SelectField name="membership" label={t("membership")} defaultValue={filter.membership ?? ""} placeholder={t("all")} options={MEMBERSHIP_STATUSES.map((m) => ({ value: m, label: tEnums(`membership.${m}`) }))} />
      </FilterPanel>
      <p className="mb-1 text-lg font-semibold" id="membership-counts">
        {t("counts", { members: counts.MEMBER, invited: counts.INVITED })}
        {counts.LEFT > 0 && <>. {t("countsLeft", { left: counts.LEFT })}</>}
      </p>
      <p className="mb-4" role="status">{t("showing", { count: cities.length })}</p>
      {cities.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-[var(--color-ink)]">
                <th scope="col" className="py-2 pr-4">{t("name")}</th>
                <th scope="col" className="py-2 pr-4">{t("province")}</th>
                <th scope="col" className="py-2 pr-4">{t("region")}</th>
                <th scope="col" className="py-2 pr-4">{t("timeZone")}</th>
                <th scope="col" className="py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {cities.map((c) => (
                <tr key={c.id} className="border-b border-[var(--color-line)]">
                  <th scope="row" className="py-2 pr-4 font-normal"><Link href={`/cities/${c.slug}`}>{c.name}</Link></th>
                  <td className="py-2 pr-4">{c.province}</td>
                  <td className="py-2 pr-4">{tEnums(`region.${c.region}`)}</td>
                  <td className="py-2 pr-4">{c.timeZone}</td>
                  <td className="py-2">{tEnums(`membership.${c.membershipStatus}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
