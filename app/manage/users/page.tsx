import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/Fields";
import { TextField } from "@/components/forms/TextField";
import { FilterPanel } from "@/components/ui/FilterPanel";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { notFound } from "next/navigation";
import { usersPage } from "@/lib/accounts/queries.server";
import { ROLES, userFilterSchema } from "@/lib/accounts/schemas";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { readPage } from "@/lib/paging";
import { formatDateTime } from "@/lib/format/zones";
import { can } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("usersTitle") };
}

type Search = Promise<Record<string, string | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission("user.view");
  const raw = await searchParams;
  const filter = userFilterSchema.parse(raw);
  const page = readPage(raw.page);
  const [t, tRoles, locale, list] = await Promise.all([getTranslations("accounts"), getTranslations("roles"), getLocale(), usersPage(actorOf(user), filter, page)]);
  if (!list) notFound();
  const { users, total, pages, invitations, cities } = list;
  const canInvite = can(actorOf(user), "user.invite", { role: "DELEGATE" });
  const query = (p: number) => `/manage/users?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), page: String(p) } as Record<string, string>)}`;
  return (
    <>
      <PageHeader title={t("usersTitle")} lead={t("usersLead")} actions={canInvite ? [{ href: "/manage/users/invite", label: t("invite") }, { href: "/manage/users/invite-many", label: t("bulkTitle") }] : []} />
      <FilterPanel id="user-filter-title" title={t("filterTitle")} applyLabel={t("apply")} resetLabel={t("reset")} path="/manage/users" columns="sm:grid-cols-2 lg:grid-cols-4">
          <TextField name="q" type="search" label={t("search")} defaultValue={filter.q ?? ""} />
          <SelectField name="role" label={t("role")} defaultValue={filter.role ?? ""} placeholder={t("all")} options={ROLES.map((r) => ({ value: r, label: tRoles(r) }))} />
          <SelectField name="cityId" label={t("cityId")} defaultValue={filter.cityId ?? ""} placeholder={t("all")} options={cities.map((c) => ({ value: c.id, label: c.name }))} />
          <SelectField name="status" label={t("status")} defaultValue={filter.status ?? ""} placeholder={t("all")} options={[{ value: "active", label: t("active") }, { value: "inactive", label: t("inactive") }]} />
      </FilterPanel>
      <p className="mb-3" role="status">{t("total", { count: total })}</p>
      <DataTable
        caption={t("usersCaption")}
        rows={users}
        rowKey={(u) => u.id}
        empty={t("noUsers")}
        columns={[
          { key: "name", header: t("name"), rowHeader: true, cell: (u) => <Link href={`/manage/users/${u.id}`}>{u.name}</Link> },
          { key: "email", header: t("email"), className: "break-all", cell: (u) => u.email },
          { key: "role", header: t("role"), cell: (u) => tRoles(u.role) },
          { key: "city", header: t("cityId"), cell: (u) => u.city?.name ?? t("noCity") },
          { key: "status", header: t("status"), cell: (u) => (u.active ? t("active") : t("inactive")) },
          { key: "lastSignIn", header: t("lastSignIn"), cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale, "WIB") : t("never")) },
        ]}
      />
      <Pagination page={page} pages={pages} href={query} labels={{ previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />

      <section aria-labelledby="pending-title" className="mt-10">
        <h2 id="pending-title" className="mb-3 text-2xl">{t("pending")}</h2>
        {invitations.length === 0 ? (
          <p>{t("noPending")}</p>
        ) : (
          <ul className="space-y-2">
            {invitations.map((i) => (
              <li key={i.id} className="border-b border-[var(--color-line)] pb-2">
                <span className="font-semibold break-all">{i.email}</span> — {tRoles(i.role)}
                {i.city ? `, ${i.city.name}` : ""}. {t("invitedBy")}: {i.createdBy.name}. {t("expires")}: {formatDateTime(i.expiresAt, locale, "WIB")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
