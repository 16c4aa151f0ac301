import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requireUser } from "@/lib/auth/guard.server";
import { dashboardFor } from "@/lib/dashboard/queries.server";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import { formatDate, formatDateTime, type ZoneCode } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-[var(--color-line)] p-4">
      <h2 id={id} className="mb-3 text-xl">{title}</h2>
      {children}
    </section>
  );
}

export default async function DashboardPage() {
  const user = await requireUser();
  const dashboard = await dashboardFor(actorOf(user));
  // A delegate without a city has no work here yet; the home page explains the portal.
  if (!dashboard) redirect("/");
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const share = (part: number, whole: number) => (whole ? formatPercent(Math.round((part / whole) * 1000) / 10, locale) : "—");

  if (dashboard.role === "delegate") {
    const d = dashboard;
    const zone: ZoneCode = d.city?.timeZone ?? "WIB";
    return (
      <>
        <PageHeader title={t("title")} lead={d.city ? t("delegateLead", { city: d.city.name }) : undefined} />
        {d.revisions.length > 0 && (
          <section aria-labelledby="revisions-title" className="mb-8 border-l-8 border-[var(--color-warning)] bg-[var(--color-warning-soft)] p-4">
            <h2 id="revisions-title" className="mb-3 text-2xl">{t("revisionsTitle", { count: d.revisions.length })}</h2>
            <ul className="space-y-4">
              {d.revisions.map((r) => (
                <li key={r.id}>
                  <Link href={`/proposals/${r.id}`} className="font-semibold">{r.title}</Link>
                  {r.note && (
                    <>
                      <span className="block text-sm">{formatDateTime(r.note.createdAt, locale, zone)}{r.note.actor ? ` · ${r.note.actor.name}` : ""}</span>
                      {r.note.comment && <p className="whitespace-pre-wrap break-words">{r.note.comment}</p>}
                    </>
                  )}
                  <Link href={`/proposals/${r.id}/edit`} className="text-sm">{t("revise")}<span className="sr-only">: {r.title}</span></Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="grid gap-6 md:grid-cols-2">
          <Card id="window-title" title={t("windowTitle")}>
            {d.windows.length === 0 ? <p>{t("windowNone")}</p> : (
              <ul className="space-y-2">
                {d.windows.map((w) => (
                  <li key={w.slug}>
                    <Link href={`/forums/${w.slug}`}>{localized(locale, w.title, w.titleEn)}</Link>
                    <span className="block text-sm">{t("windowCloses", { date: formatDateTime(w.submissionClosesAt!, locale, (w.hostCity?.timeZone as ZoneCode | undefined) ?? "WIB") })}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3"><Link href="/workspace/new">{t("newProposal")}</Link></p>
          </Card>
          <Card id="drafts-title" title={t("draftsTitle", { count: d.drafts.total })}>
            {d.drafts.rows.length === 0 ? <p>{t("draftsNone")}</p> : (
              <ul className="space-y-2">
                {d.drafts.rows.map((p) => (
                  <li key={p.id}><Link href={`/proposals/${p.id}`}>{p.title}</Link><span className="block text-sm">{t("updated", { date: formatDateTime(p.updatedAt, locale, zone) })}</span></li>
                ))}
              </ul>
            )}
            <p className="mt-3"><Link href="/workspace">{t("toWorkspace")}</Link></p>
          </Card>
          <Card id="commitments-title" title={t("commitmentsTitle")}>
            {d.overdue.length === 0 && d.dueSoon.length === 0 ? <p>{t("commitmentsNone")}</p> : (
              <ul className="space-y-2">
                {d.overdue.map((c) => (
                  <li key={c.id}><Link href={`/commitments/${c.id}`}>{c.title}</Link><span className="block text-sm font-semibold text-[var(--color-danger)]">{t("overdueSince", { date: formatDate(c.dueOn, locale) })}</span></li>
                ))}
                {d.dueSoon.map((c) => (
                  <li key={c.id}><Link href={`/commitments/${c.id}`}>{c.title}</Link><span className="block text-sm">{t("dueOn", { date: formatDate(c.dueOn, locale) })}</span></li>
                ))}
              </ul>
            )}
            <p className="mt-3"><Link href="/workspace/commitments">{t("toCommitments")}</Link></p>
          </Card>
          <Card id="unread-title" title={t("unreadTitle", { count: d.unread.total })}>
            <p>{d.unread.total === 0 ? t("unreadNone") : t("unreadSome", { count: d.unread.total })}</p>
            <p className="mt-3"><Link href="/notifications">{t("toNotifications")}</Link></p>
            <p className="mt-1"><Link href="/proposals">{t("toProposals")}</Link></p>
          </Card>
        </div>
      </>
    );
  }

  if (dashboard.role === "steward") {
    const d = dashboard;
    return (
      <>
        <PageHeader title={t("title")} lead={t("stewardLead")} />
        <div className="grid gap-6 md:grid-cols-2">
          <Card id="waiting-title" title={t("waitingTitle", { count: d.waiting })}>
            {d.oldest.length === 0 ? <p>{t("waitingNone")}</p> : (
              <>
                <p className="mb-2 text-sm">{t("oldestFirst")}</p>
                <ol className="list-decimal space-y-2 pl-6">
                  {d.oldest.map((p) => (
                    <li key={p.id}>
                      <Link href={`/review/${p.id}?sort=oldest`}>{p.title}</Link>
                      <span className="block text-sm">{p.city.name}{p.submittedAt ? ` · ${formatDateTime(p.submittedAt, locale, p.city.timeZone)}` : ""} · {t("endorsements", { count: p.endorsementCount })}</span>
                    </li>
                  ))}
                </ol>
              </>
            )}
            <p className="mt-3"><Link href="/review?status=SUBMITTED&sort=oldest">{t("toQueue")}</Link></p>
          </Card>
          <Card id="clusters-title" title={t("clustersTitle")}>
            <p>{d.clusters === 0 ? t("clustersNone") : t("clustersSome", { count: d.clusters })}</p>
            <p className="mt-3"><Link href="/review/clusters">{t("toClusters")}</Link></p>
          </Card>
          <Card id="reach-title" title={t("reachTitle")}>
            <p className="mb-2">{t("noDelegate", { count: d.noDelegate.length, members: d.members })}</p>
            {d.noDelegate.length > 0 && <p className="mb-3 text-sm">{d.noDelegate.map((c) => c.name).join(", ")}</p>}
            <p className="mb-2">{t("noSubmission", { count: d.noSubmission.length, members: d.members })}</p>
            {d.noSubmission.length > 0 && <p className="text-sm">{d.noSubmission.map((c) => c.name).join(", ")}</p>}
            <p className="mt-3"><Link href="/cities">{t("toCities")}</Link></p>
          </Card>
          <Card id="overdue-title" title={t("overdueTitle")}>
            <p>{d.overdue === 0 ? t("overdueNone") : t("overdueSome", { count: d.overdue })}</p>
            <p className="mt-3"><Link href="/agenda/manage/reminders">{t("toReminders")}</Link></p>
          </Card>
        </div>
      </>
    );
  }

  if (dashboard.role === "board") {
    const { headline: h, implementation: i } = dashboard;
    const figures = [
      { id: "participation", label: t("participation"), value: share(h.participating, h.members), detail: t("participationDetail", { cities: formatCount(h.participating, locale), members: formatCount(h.members, locale) }) },
      { id: "adoption", label: t("adoption"), value: share(h.adopted, h.considered), detail: t("adoptionDetail", { adopted: formatCount(h.adopted, locale), considered: formatCount(h.considered, locale) }) },
      { id: "implementation", label: t("implementation"), value: share(i.done, i.commitments), detail: t("implementationDetail", { done: formatCount(i.done, locale), commitments: formatCount(i.commitments, locale) }) },
    ];
    return (
      <>
        <PageHeader title={t("title")} lead={t("boardLead")} />
        <dl className="mb-6 grid gap-6 md:grid-cols-3">
          {figures.map((f) => (
            <div key={f.id} className="rounded border border-[var(--color-line)] p-4">
              <dt className="font-semibold">{f.label}</dt>
              <dd className="text-4xl font-bold">{f.value}</dd>
              <dd className="text-sm">{f.detail}</dd>
            </div>
          ))}
        </dl>
        <p><Link href="/reports">{t("toReports")}</Link></p>
      </>
    );
  }

  const d = dashboard;
  return (
    <>
      <PageHeader title={t("title")} lead={t("adminLead")} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card id="invitations-title" title={t("invitationsTitle", { count: d.invitations.total })}>
          {d.invitations.rows.length === 0 ? <p>{t("invitationsNone")}</p> : (
            <ul className="space-y-2">
              {d.invitations.rows.map((i) => (
                <li key={i.id}>{i.email}{i.city ? ` · ${i.city.name}` : ""}<span className="block text-sm">{t("expires", { date: formatDateTime(i.expiresAt, locale, "WIB") })}</span></li>
              ))}
            </ul>
          )}
          <p className="mt-3"><Link href="/manage/users">{t("toUsers")}</Link></p>
        </Card>
        <Card id="alerts-title" title={t("alertsTitle", { count: d.alerts.length })}>
          {d.alerts.length === 0 ? <p>{t("alertsNone")}</p> : (
            <ul className="space-y-2">
              {d.alerts.map((a) => <li key={a.email}>{a.user ? <Link href={`/manage/users/${a.user.id}`}>{a.user.name}</Link> : a.email}<span className="block text-sm">{t("failures", { count: a.failures })}</span></li>)}
            </ul>
          )}
          <p className="mt-3"><Link href="/manage">{t("toManage")}</Link></p>
        </Card>
      </div>
    </>
  );
}
