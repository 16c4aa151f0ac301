import type { Metadata } from "next";
import { targetGroupsOf } from "@/lib/domain/enums";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { AttachmentList, uploadHrefFor } from "@/components/attachments/AttachmentList";
import { attachmentLimits } from "@/lib/attachments/settings";
import { Thread } from "@/components/discussion/Thread";
import { VersionDiff } from "@/components/proposals/VersionDiff";
import { Notice } from "@/components/ui/Notice";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { formatMoney } from "@/lib/format/numbers";
import { formatDateTime } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { deleteDraftAction, endorseAction, withdrawEndorsementAction } from "@/lib/proposals/actions";
import { threadFor } from "@/lib/discussion/queries.server";
import { compareSnapshots } from "@/lib/proposals/diff";
import { proposalPage, proposalTitle } from "@/lib/proposals/queries.server";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // The same rule as the page: a title only for someone who may see the proposal.
  const [user, { id }] = await Promise.all([getCurrentUser(), params]);
  return { title: (await proposalTitle(actorOf(user), id.slice(0, 40))) ?? (await getTranslations("proposals"))("pageTitle") };
}

const SAVED = { draft: "savedDraft", submitted: "savedSubmitted", withdrawn: "savedWithdrawn", endorsed: "savedEndorsed", unendorsed: "savedUnendorsed" } as const;

export default async function ProposalPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ id }, search, user] = await Promise.all([params, searchParams, requireUser()]);
  const { proposal, own, editable, withdrawable, deletable, canEndorse, endorsedByMe, similar, files, canAttach } = granted(await proposalPage(actorOf(user), id.slice(0, 40)));
  const [t, tf, tEnums, tForums, locale, thread] = await Promise.all([
    getTranslations("proposals"), getTranslations("proposalForm"), getTranslations("enums"), getTranslations("forums"), getLocale(),
    threadFor(actorOf(user), { kind: "proposal", id: proposal.id }),
  ]);
  const zone = proposal.city.timeZone;

  // Version comparison: by default the latest change. Content versions are numbered 1, 2, 3… as
  // saved (the stored counter also moves on status changes); the timeline names the same numbers.
  const versions = proposal.versions;
  const shown = (stored: number) => Math.max(1, versions.filter((v) => v.version <= stored).length);
  const latest = versions.at(-1)?.version ?? 1;
  const pick = (raw: string | undefined, fallback: number) => {
    const n = Number.parseInt(raw ?? "", 10);
    return versions.some((v) => v.version === n) ? n : fallback;
  };
  const to = pick(search.to, latest);
  const previous = versions.filter((v) => v.version < to).at(-1)?.version ?? versions[0]?.version ?? 1;
  const from = pick(search.from, previous);
  const snapshot = (n: number) => JSON.parse(versions.find((v) => v.version === n)?.snapshot ?? "{}");
  const diffs = versions.length > 1 ? compareSnapshots(snapshot(from), snapshot(to)) : [];

  const notSet = <span className="text-[var(--color-muted)]">{t("notSet")}</span>;
  const field = (label: string, value: React.ReactNode) => (
    <div className="border-b border-[var(--color-line)] py-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">{value || notSet}</dd>
    </div>
  );
  const savedKey = search.saved && search.saved in SAVED ? SAVED[search.saved as keyof typeof SAVED] : null;
  // The chair's note asking for a revision comes first, where the city cannot miss it.
  const revisionNote = proposal.status === "REVISION_REQUESTED" ? proposal.events.findLast((e) => e.type === "REVISION_REQUESTED") : undefined;
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      {revisionNote && (
        <Notice tone="warning">
          <h2 className="mb-1 text-xl">{t("revisionNoteTitle")}</h2>
          <p className="mb-1 text-sm">{formatDateTime(revisionNote.createdAt, locale, zone)}{revisionNote.actor ? ` · ${t("by", { name: revisionNote.actor.name })}` : ""}</p>
          {revisionNote.comment && <p className="whitespace-pre-wrap break-words">{revisionNote.comment}</p>}
          {own && editable && <p className="mt-2"><Link href={`/proposals/${proposal.id}/edit`}>{t("revisionNoteAction")}</Link></p>}
        </Notice>
      )}
      <div className="mb-6">
        <p className="text-lg"><Link href={`/cities/${proposal.city.slug}`}>{t("fromCity", { city: proposal.city.name })}</Link></p>
        <h1 className="mb-2 text-3xl break-words">{proposal.title}</h1>
        <p className="flex flex-wrap gap-2">
          <span className="inline-block rounded bg-[var(--color-brand-soft)] px-2 py-1 font-semibold">{tEnums(`proposalStatus.${proposal.status}`)}</span>
          {proposal.isDemo && <span className="inline-block rounded bg-[var(--color-warning-soft)] px-2 py-1">{tForums("demo")}</span>}
        </p>
      </div>

      {(own || canEndorse) && (
        <div className="mb-8 flex flex-wrap items-start gap-6">
          {own && editable && <Link className="btn" href={`/proposals/${proposal.id}/edit`}>{t("edit")}</Link>}
          {withdrawable && <Link className="btn btn-secondary" href={`/proposals/${proposal.id}/withdraw`}>{t("withdraw")}</Link>}
        </div>
      )}

      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          <section aria-labelledby="details-title" className="mb-10">
            <h2 id="details-title" className="mb-2 text-2xl">{t("details")}</h2>
            <dl>
              {field(tf("forumId"), proposal.forum ? <Link href={`/forums/${proposal.forum.slug}`}>{localized(locale, proposal.forum.title, proposal.forum.titleEn)}</Link> : null)}
              {field(tf("themeId"), proposal.theme ? (locale === "en" ? proposal.theme.nameEn : proposal.theme.nameId) : null)}
              {field(tf("scope"), proposal.scope ? tEnums(`scope.${proposal.scope}`) : null)}
              {field(tf("problem"), proposal.problem)}
              {field(tf("evidence"), proposal.evidence)}
              {field(tf("action"), proposal.action)}
              {field(tf("targetGroups"), targetGroupsOf(proposal.targetGroups).map((g) => tEnums(`targetGroup.${g}`)).join(", ") || null)}
              {field(tf("timeframe"), proposal.timeframe ? tEnums(`timeframe.${proposal.timeframe}`) : null)}
              {field(tf("leadAgency"), proposal.leadAgency)}
              {field(tf("partners"), proposal.partners)}
              {field(tf("indicators"), proposal.indicators)}
              {field(tf("budgetIdr"), proposal.budgetIdr !== null ? formatMoney(proposal.budgetIdr, locale) : null)}
              {field(tf("fundingSource"), proposal.fundingSource)}
              {field(tf("forumSessionId"), proposal.forumSession ? localized(locale, proposal.forumSession.title, proposal.forumSession.titleEn) : null)}
              {field(tf("activityId"), proposal.activity ? localized(locale, proposal.activity.title, proposal.activity.titleEn) : null)}
            </dl>
          </section>

          <div className="mb-10">
            <AttachmentList files={files} uploadHref={canAttach ? uploadHrefFor("proposal", proposal.id) : null} maxFiles={attachmentLimits().maxFiles} uploaded={search.uploaded} />
          </div>

          <section aria-labelledby="timeline-title" className="mb-10">
            <h2 id="timeline-title" className="mb-3 text-2xl">{t("timelineTitle")}</h2>
            <ol className="space-y-3 border-l-4 border-[var(--color-brand-soft)] pl-4">
              {proposal.events.map((e) => (
                <li key={e.id}>
                  <span className="font-semibold">{tEnums(`eventType.${e.type}`)}</span> ({t("version", { version: shown(e.version) })})
                  <span className="block text-sm text-[var(--color-muted)]">
                    {formatDateTime(e.createdAt, locale, zone)}{e.actor ? ` · ${t("by", { name: e.actor.name })}` : ""}
                  </span>
                  {e.comment && <span className="block whitespace-pre-wrap">{e.comment}</span>}
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="versions-title">
            <h2 id="versions-title" className="mb-3 text-2xl">{t("versionsTitle")}</h2>
            {versions.length < 2 ? (
              <p>{t("onlyOneVersion")}</p>
            ) : (
              <>
                <form method="get" className="mb-4 flex flex-wrap items-end gap-4">
                  {(["from", "to"] as const).map((name) => (
                    <div key={name}>
                      <label htmlFor={`compare-${name}`} className="mb-1 block font-semibold">{name === "from" ? t("compareFrom") : t("compareTo")}</label>
                      <select id={`compare-${name}`} name={name} defaultValue={name === "from" ? from : to} className="field-input">
                        {versions.map((v) => (
                          <option key={v.version} value={v.version}>
                            {t("version", { version: shown(v.version) })} · {formatDateTime(v.createdAt, locale, zone)}{v.createdBy ? ` · ${v.createdBy.name}` : ""}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                  <button type="submit" className="btn btn-secondary">{t("compare")}</button>
                </form>
                {diffs.length === 0 ? <p>{t("noChanges")}</p> : <VersionDiff diffs={diffs} labels={{ added: t("added"), removed: t("removed") }} fieldLabel={(f) => tf(f as "title").replace(/ \*$/, "")} />}
              </>
            )}
          </section>
        </div>

        <aside className="min-w-0 space-y-10">
          <section aria-labelledby="endorse-title">
            <h2 id="endorse-title" className="mb-3 text-xl">{t("endorseTitle")}</h2>
            {proposal.endorsements.length === 0 ? <p>{t("noEndorsements")}</p> : (
              <ul className="list-disc pl-6">
                {proposal.endorsements.map((e) => <li key={e.cityId}><Link href={`/cities/${e.city.slug}`}>{e.city.name}</Link></li>)}
              </ul>
            )}
            {canEndorse && (
              <div className="mt-4">
                <ClientIntl namespaces={["accounts"]}>
                  {endorsedByMe ? (
                    <ButtonForm action={withdrawEndorsementAction.bind(null, proposal.id)} title={t("unendorse")} hint="" label={t("unendorse")} />
                  ) : (
                    <ButtonForm action={endorseAction.bind(null, proposal.id)} title={t("endorse")} hint="" label={t("endorse")} />
                  )}
                </ClientIntl>
              </div>
            )}
          </section>

          {proposal.agendaSources.length > 0 && (
            <section aria-labelledby="merged-title">
              <h2 id="merged-title" className="mb-3 text-xl">{t("mergedInto")}</h2>
              <ul className="list-disc pl-6">{proposal.agendaSources.map((s) => <li key={s.agendaItem.id}>{s.agendaItem.title}</li>)}</ul>
            </section>
          )}

          {own && editable && (
            <section aria-labelledby="similar-server-title">
              <h2 id="similar-server-title" className="mb-2 text-xl">{tf("similarTitle")}</h2>
              <p className="mb-3 text-sm">{tf("similarLead")}</p>
              {similar.length === 0 ? <p>{tf("similarNone")}</p> : (
                <ul className="space-y-3">
                  {similar.map((s) => (
                    <li key={s.id}>
                      <Link href={`/proposals/${s.id}`} className="font-semibold">{s.title}</Link>
                      <span className="block text-sm">{s.city} · {tf("similarScore", { score: Math.round(s.score * 100) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}

          {deletable && (
            <ClientIntl namespaces={["accounts"]}>
              <ButtonForm action={deleteDraftAction.bind(null, proposal.id)} title={t("delete")} hint={t("deleteHint")} label={t("delete")} danger />
            </ClientIntl>
          )}
        </aside>
      </div>
      {thread && <Thread thread={thread} saved={search.saved} zone={zone} />}
    </>
  );
}
