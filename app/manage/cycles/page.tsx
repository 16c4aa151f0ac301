import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { cyclesForChair } from "@/lib/cycles/queries.server";
import { parseYearParam } from "@/lib/cycles/schemas";
import { formatDayOf } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("title") };
}

export default async function CyclesPage({ searchParams }: { searchParams: Promise<{ saved?: string; year?: string }> }) {
  const user = await requirePermission("cycle.manage");
  const [cycles, t, tEnums, locale, { saved, year }] = await Promise.all([
    cyclesForChair(actorOf(user)), getTranslations("cycles"), getTranslations("enums"), getLocale(), searchParams,
  ]);
  const started = saved === "started" ? parseYearParam(year ?? "") : null;
  return (
    <>
      {started && <Notice>{t("savedStarted", { year: started })}</Notice>}
      <PageHeader title={t("title")} lead={t("lead")} actions={[{ href: "/agenda/editions", label: t("editionsLink") }]} />
      <DataTable
        caption={t("caption")}
        rows={cycles ?? []}
        rowKey={(c) => String(c.year)}
        empty={t("empty")}
        columns={[
          { key: "year", header: t("year"), rowHeader: true, cell: (c) => String(c.year) },
          { key: "status", header: t("status"), cell: (c) => tEnums(`cycleStatus.${c.status}`) },
          { key: "forums", header: t("forums"), numeric: true, cell: (c) => c._count.forums },
          { key: "published", header: t("published"), numeric: true, cell: (c) => c.published },
          { key: "drafts", header: t("drafts"), numeric: true, cell: (c) => c.drafts },
          { key: "closed", header: t("closedItems"), numeric: true, cell: (c) => c.closed },
          {
            key: "edition", header: t("edition"),
            cell: (c) => c.edition
              ? <Link href={`/agenda/editions/${c.year}`}>{t("editionFrozen", { date: formatDayOf(c.edition.frozenAt, "WIB", locale), items: c.edition._count.items })}</Link>
              : "—",
          },
          {
            key: "actions", header: t("actions"),
            cell: (c) => c.status === "OPEN" && !c.edition && c.published > 0
              ? <Link href={`/manage/cycles/${c.year}/freeze`}>{t("freezeLink", { year: c.year })}</Link>
              : c.status === "FROZEN"
                ? <Link href={`/manage/cycles/${c.year}/next`}>{t("nextLink", { year: c.year })}</Link>
                : c.previousYear ? t("startedFrom", { year: c.previousYear }) : "—",
          },
        ]}
      />
      <p className="mt-6 max-w-3xl text-sm">{t("howItWorks")}</p>
    </>
  );
}
