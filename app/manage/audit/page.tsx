import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { TextField } from "@/components/forms/TextField";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { auditFilterOptions, auditFilterSchema, listAuditEvents } from "@/lib/audit/queries.server";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
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
  await requirePermission("audit.view");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(raw.page ?? "1", 10) || 1));
  const db = getDb();
  const [t, locale, { events, total, pages }, options] = await Promise.all([
    getTranslations("audit"), getLocale(), listAuditEvents(db, filter, page), auditFilterOptions(db),
  ]);
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
      {events.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-[var(--color-ink)]">
                <th scope="col" className="py-2 pr-4">{t("time")}</th>
                <th scope="col" className="py-2 pr-4">{t("actor")}</th>
                <th scope="col" className="py-2 pr-4">{t("action")}</th>
                <th scope="col" className="py-2 pr-4">{t("entity")}</th>
                <th scope="col" className="py-2">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-[var(--color-line)] align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.createdAt, locale, "WIB")}</td>
                  <td className="py-2 pr-4">{e.actor?.name ?? t("system")}</td>
                  <td className="py-2 pr-4 font-mono text-sm">{e.action}</td>
                  <td className="py-2 pr-4 font-mono text-sm">{e.entityType} {e.entityId}</td>
                  <td className="py-2">
                    <details>
                      <summary className="cursor-pointer">{t("details")}</summary>
                      <div className="grid gap-2 md:grid-cols-2">
                        <div><h3 className="font-semibold">{t("before")}</h3><pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">{pretty(e.before)}</pre></div>
                        <div><h3 className="font-semibold">{t("after")}</h3><pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">{pretty(e.after)}</pre></div>
                      </div>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} href={href} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />
    </>
  );
}
