import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { formatDateTime } from "@/lib/format/zones";
import { localized } from "@/lib/forums/display";
import { PROPOSAL_STATUSES } from "@/lib/proposals/constants";
import { cityWorkspace } from "@/lib/proposals/queries.server";
import { workspaceFilterSchema } from "@/lib/proposals/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("workspace") };
}

export default async function WorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("proposal.workspace");
  const raw = await searchParams;
  const { status } = workspaceFilterSchema.parse(raw);
  const db = getDb();
  const [city, { proposals, counts }, t, tEnums, locale] = await Promise.all([
    db.city.findUniqueOrThrow({ where: { id: user.cityId! }, select: { name: true, timeZone: true } }),
    cityWorkspace(db, user.cityId!, status),
    getTranslations("proposals"), getTranslations("enums"), getLocale(),
  ]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <>
      {raw.saved === "deleted" && <Notice>{t("savedDeleted")}</Notice>}
      <PageHeader title={t("workspaceTitle", { city: city.name })} lead={t("workspaceLead")} actions={[{ href: "/workspace/new", label: t("new") }, { href: "/workspace/commitments", label: t("commitmentsLink") }, { href: "/workspace/scorecard", label: t("scorecardLink") }]} />
      <nav aria-label={t("byStatus")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          <li><Link href="/workspace" aria-current={!status ? "page" : undefined} className="inline-block rounded border border-[var(--color-line)] px-3 py-2">{t("filterAll")} ({total})</Link></li>
          {PROPOSAL_STATUSES.filter((s) => counts[s]).map((s) => (
            <li key={s}>
              <Link href={`/workspace?status=${s}`} aria-current={status === s ? "page" : undefined} className="inline-block rounded border border-[var(--color-line)] px-3 py-2">
                {tEnums(`proposalStatus.${s}`)} ({counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {proposals.length === 0 ? (
        <p>{t("noProposals")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-[var(--color-ink)]">
                <th scope="col" className="py-2 pr-4">{t("title")}</th>
                <th scope="col" className="py-2 pr-4">{t("status")}</th>
                <th scope="col" className="py-2 pr-4">{t("decision")}</th>
                <th scope="col" className="py-2">{t("updated")}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.id} className="border-b border-[var(--color-line)] align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/proposals/${p.id}`}>{p.title}</Link>
                    <span className="block text-sm text-[var(--color-muted)]">
                      {p.forum ? localized(locale, p.forum.title, p.forum.titleEn) : ""}
                      {p._count.endorsements > 0 && ` · ${t("endorsements", { count: p._count.endorsements })}`}
                    </span>
                  </th>
                  <td className="py-2 pr-4">{tEnums(`proposalStatus.${p.status}`)}</td>
                  <td className="py-2 pr-4">
                    {p.decision ? (
                      <>
                        <span className="font-semibold">{tEnums(`eventType.${p.decision.type}`)}</span>
                        {p.decision.comment && <span className="block whitespace-pre-wrap">{p.decision.comment}</span>}
                      </>
                    ) : "—"}
                  </td>
                  <td className="py-2 whitespace-nowrap">{formatDateTime(p.updatedAt, locale, city.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
