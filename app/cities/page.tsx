import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { CityMap, MAP_COLORS, type MarkerShape } from "@/components/map/CityMap";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { currentUserCan } from "@/lib/auth/guard.server";
import { MEMBERSHIP_STATUSES, REGIONS, type MembershipCode } from "@/lib/cities/constants";
import { directory } from "@/lib/cities/queries.server";
import { directoryFilterSchema } from "@/lib/cities/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cities"))("title") };
}

// Each status its own colour and shape.
const MEMBERSHIP_MARKERS: Record<MembershipCode, { color: string; shape: MarkerShape }> = {
  MEMBER: { color: MAP_COLORS.brand, shape: "circle" },
  INVITED: { color: MAP_COLORS.warning, shape: "square" },
  LEFT: { color: MAP_COLORS.muted, shape: "triangle" },
};

/** Members first in the legend, and painted over the others where Java crowds. */
const MAP_ORDER: MembershipCode[] = ["MEMBER", "INVITED", "LEFT"];

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function CityDirectoryPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const filter = directoryFilterSchema.parse({ region: raw.region, province: raw.province, membership: raw.membership });
  const [t, tEnums, { cities, counts, provinces }, canAdd] = await Promise.all([
    getTranslations("cities"),
    getTranslations("enums"),
    directory(filter),
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
      <CityMap
        id="directory-map"
        tableId="directory-table"
        title={t("mapTitle")}
        categories={MAP_ORDER.map((m) => ({ key: m, label: tEnums(`membership.${m}`), ...MEMBERSHIP_MARKERS[m] }))}
        points={cities.map((c) => ({ slug: c.slug, name: c.name, latitude: c.latitude, longitude: c.longitude, category: c.membershipStatus }))}
      />
      <div id="directory-table">
      <DataTable
        caption={t("tableCaption")}
        rows={cities}
        rowKey={(c) => c.id}
        empty={t("noResults")}
        columns={[
          { key: "name", header: t("name"), rowHeader: true, cell: (c) => <Link href={`/cities/${c.slug}`}>{c.name}</Link> },
          { key: "province", header: t("province"), cell: (c) => c.province },
          { key: "region", header: t("region"), cell: (c) => tEnums(`region.${c.region}`) },
          { key: "timeZone", header: t("timeZone"), cell: (c) => tEnums(`zone.${c.timeZone}`) },
          { key: "status", header: t("status"), cell: (c) => tEnums(`membership.${c.membershipStatus}`) },
        ]}
      />
      </div>
    </>
  );
}
