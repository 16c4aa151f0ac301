import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { TextField } from "@/components/forms/TextField";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { notFound } from "next/navigation";
import { auditFilterSchema, auditPage } from "@/lib/audit/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { readPage } from "@/lib/paging";
import { formatDateTime } from "@/lib/format/zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const pretty = (json: string | null) => {
  if (!json) return "—";
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("audit.view");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const page = readPage(raw.page);
  const [t, locale, log] = await Promise.all([getTranslations("audit"), getLocale(), auditPage(actorOf(user), filter, page)]);
  if (!log) notFound();
  const { events, total, pages, options } = log;
  const href = (p: number) => `/manage/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page: String(p) } as Record<string, string>)}`;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterPanel id="audit-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/manage/audit" columns="sm:grid-cols-2 lg:grid-cols-5">
          <SelectField name="entityType" label={t("entityType")} defaultValue={filter.entityType ?? ""} placeholder={t("all")} options={options.entityTypes.map((v) => ({ value: v, label: v }))} />
          <SelectField name="action" label={t("action")} defaultValue={filter.action ?? ""} placeholder={t("all")} options={options.actions.map((v) => ({ value: v, label: v }))} />
          <SelectField name="actorId" label={t("actor")} defaultValue={filter.actorId ?? ""} placeholder={t("all")} options={options.actors.map((a) => ({ value: a.id, label: a.name }))} />
          <TextField name="from" type="date" label={t("from")} defaultValue={filter.from ?? ""} />
          <TextField name="to" type="date" label={t("to")} defaultValue={filter.to ?? ""} />
      </FilterPanel>
      <p className="mb-3" role="status">{t("total", { count: total })}</p>
      <DataTable
        caption={t("caption")}
        rows={events}
        rowKey={(e) => e.id}
        empty={t("none")}
        columns={[
          { key: "time", header: t("time"), rowHeader: true, className: "whitespace-nowrap", cell: (e) => formatDateTime(e.createdAt, locale, "WIB") },
          { key: "actor", header: t("actor"), cell: (e) => e.actor?.name ?? t("system") },
          { key: "action", header: t("action"), className: "font-mono text-sm", cell: (e) => e.action },
          { key: "entity", header: t("entity"), className: "font-mono text-sm", cell: (e) => `${e.entityType} ${e.entityId}` },
          {
            key: "details", header: t("details"),
            cell: (e) => (
              <details>
                <summary className="cursor-pointer">{t("details")}</summary>
                <div className="grid gap-2 md:grid-cols-2">
                  <div><h3 className="font-semibold">{t("before")}</h3><pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">{pretty(e.before)}</pre></div>
                  <div><h3 className="font-semibold">{t("after")}</h3><pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">{pretty(e.after)}</pre></div>
                </div>
              </details>
            ),
          },
        ]}
      />
      <Pagination page={page} pages={pages} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />
    </>
  );
}
