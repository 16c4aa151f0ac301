import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { formatDateTime } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { PROPOSAL_STATUSES } from "@/lib/proposals/constants";
import { workspace } from "@/lib/proposals/queries.server";
import { workspaceFilterSchema } from "@/lib/proposals/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("workspace") };
}

export default async function WorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("proposal.workspace");
  const raw = await searchParams;
  const { status } = workspaceFilterSchema.parse(raw);
  const [data, t, tEnums, locale] = await Promise.all([workspace(actorOf(user), status), getTranslations("proposals"), getTranslations("enums"), getLocale()]);
  if (!data) notFound();
  const { city, proposals, counts } = data;
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  // Revision requests come first, with the chair's note, whatever the list below is filtered to.
  const revisions = proposals.filter((p) => p.status === "REVISION_REQUESTED");
  return (
    <>
      {raw.saved === "deleted" && <Notice>{t("savedDeleted")}</Notice>}
      {revisions.length > 0 && (
        <Notice tone="warning">
          <h2 className="mb-2 text-xl">{t("revisionsWaiting", { count: revisions.length })}</h2>
          <ul className="space-y-3">
            {revisions.map((p) => (
              <li key={p.id}>
                <Link href={`/proposals/${p.id}`} className="font-semibold">{p.title}</Link>
                {p.decision?.comment && <p className="whitespace-pre-wrap break-words">{p.decision.comment}</p>}
              </li>
            ))}
          </ul>
        </Notice>
      )}
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
      <DataTable
        caption={t("caption")}
        rows={proposals}
        rowKey={(p) => p.id}
        empty={t("noProposals")}
        columns={[
          {
            key: "title", header: t("title"), rowHeader: true,
            cell: (p) => (
              <>
                <Link href={`/proposals/${p.id}`}>{p.title}</Link>
                <span className="block text-sm text-[var(--color-muted)]">
                  {p.forum ? localized(locale, p.forum.title, p.forum.titleEn) : ""}
                  {p.endorsementCount > 0 && ` · ${t("endorsements", { count: p.endorsementCount })}`}
                </span>
              </>
            ),
          },
          { key: "status", header: t("status"), cell: (p) => tEnums(`proposalStatus.${p.status}`) },
          {
            key: "decision", header: t("decision"),
            cell: (p) => (p.decision ? (
              <>
                <span className="font-semibold">{tEnums(`eventType.${p.decision.type}`)}</span>
                {p.decision.comment && <span className="block whitespace-pre-wrap">{p.decision.comment}</span>}
              </>
            ) : "—"),
          },
          { key: "updated", header: t("updated"), className: "whitespace-nowrap", cell: (p) => formatDateTime(p.updatedAt, locale, city.timeZone) },
        ]}
      />
    </>
  );
}
