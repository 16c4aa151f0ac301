import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { AgendaItemForm } from "@/components/agenda/AgendaItemForm";
import { PublishForm } from "@/components/agenda/PublishForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { publishAction, splitSourceAction, undoMergeAction, updateAgendaItemAction } from "@/lib/agenda/actions";
import { agendaItemForManagers, agendaItemTitleForManagers } from "@/lib/agenda/queries.server";
import { AttachmentList, uploadHrefFor } from "@/components/attachments/AttachmentList";
import { Thread } from "@/components/discussion/Thread";
import { attachmentLimits } from "@/lib/attachments/settings";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { threadFor } from "@/lib/discussion/queries.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { formatDateTime, utcToDateOnly } from "@/lib/format/zones";
import { noticeKey } from "@/lib/i18n/notices";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // An unpublished item's title is the working group's until published: only those who manage the agenda read it here.
  const [user, { id }] = await Promise.all([getCurrentUser(), params]);
  return { title: (await agendaItemTitleForManagers(actorOf(user), id.slice(0, 40))) ?? (await getTranslations("agenda"))("manageTitle") };
}

export default async function AgendaItemManagePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; uploaded?: string }> }) {
  const user = await requirePermission("agenda.manage");
  const [{ id }, { saved, uploaded }] = await Promise.all([params, searchParams]);
  const { item, themes, files } = granted(await agendaItemForManagers(actorOf(user), id.slice(0, 40)));
  const [t, tEnums, locale, thread] = await Promise.all([getTranslations("agenda"), getTranslations("enums"), getLocale(), threadFor(actorOf(user), { kind: "agenda", id: item.id })]);
  const merges = [...new Map(item.sources.map((s) => [s.mergeId, s])).values()];
  const savedKey = noticeKey({
    created: "savedcreated", merged: "savedmerged", updated: "savedupdated", split: "savedsplit", splitLast: "savedsplitLast",
    undone: "savedundone", published: "savedpublished", unpublished: "savedunpublished",
  } as const, saved);
  const publishRef = { id: item.id, publish: item.status !== "PUBLISHED" };
  if (item.status === "CLOSED") {
    // Closed at the start of a cycle: history, so no form here changes it (the commands refuse too).
    return (
      <>
        <h1 className="mb-2 text-3xl break-words">{item.title}</h1>
        <p className="mb-4"><span className="rounded bg-[var(--color-brand-soft)] px-2 py-1 font-semibold">{tEnums(`agendaStatus.${item.status}`)}</span></p>
        <Notice tone="info">{t("closedManage", { reason: item.closedReason ?? "—" })}</Notice>
        <p className="mt-4"><Link href={`/agenda/${item.id}`}>{t("closedPublicPage")}</Link></p>
      </>
    );
  }
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <div className="mb-6">
        <h1 className="mb-2 text-3xl break-words">{item.title}</h1>
        <p className="flex flex-wrap gap-2">
          <span className="rounded bg-[var(--color-brand-soft)] px-2 py-1 font-semibold">{tEnums(`agendaStatus.${item.status}`)}</span>
          <span className="rounded bg-[var(--color-surface)] px-2 py-1">{tEnums(`agendaLevel.${item.level}`)}</span>
          <span className="rounded bg-[var(--color-surface)] px-2 py-1">{t("priority")}: {item.priority}</span>
        </p>
        <p id="backing" className="mt-3 text-xl font-semibold">
          {t("backing", { cities: t("cities", { count: item.backing.cities }), regions: t("regions", { count: item.backing.regions }), sources: t("sources", { count: item.backing.sources }) })}
        </p>
      </div>

      <section aria-labelledby="sources-title" className="mb-10">
        <h2 id="sources-title" className="mb-3 text-2xl">{t("sourcesTitle")}</h2>
        {item.sources.length === 0 && <Notice tone="warning">{t("noSourcesWarning")}</Notice>}
        <ul className="space-y-3">
          {item.sources.map((s) => (
            <li key={s.proposal.id} className="flex flex-wrap items-start justify-between gap-4 border-b border-[var(--color-line)] pb-3">
              <div>
                <Link href={`/proposals/${s.proposal.id}`} className="font-semibold">{s.proposal.title}</Link>
                <span className="block text-sm">{s.proposal.city.name} · {tEnums(`region.${s.proposal.city.region}`)}</span>
              </div>
              <ClientIntl namespaces={["accounts"]}>
                <ButtonForm action={splitSourceAction.bind(null, { itemId: item.id, proposalId: s.proposal.id })} title={`${t("split")}: ${s.proposal.city.name}`} hint="" label={`${t("split")}: ${s.proposal.city.name}`} />
              </ClientIntl>
            </li>
          ))}
        </ul>
        {merges.length > 0 && (
          <div className="mt-6 space-y-4">
            {merges.map((m) => (
              <ClientIntl key={m.mergeId} namespaces={["accounts"]}>
                <ButtonForm
                  action={undoMergeAction.bind(null, m.mergeId)}
                  title={t("mergedBy", { date: formatDateTime(m.addedAt, locale, "WIB"), name: m.addedBy?.name ?? "—" })}
                  hint=""
                  label={t("undoMerge")}
                />
              </ClientIntl>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="publish-title" className="mb-10">
        <h2 id="publish-title" className="sr-only">{t("publish")}</h2>
        {publishRef.publish && item.sources.length === 0 ? (
          <p>{t("publishNeedsSource")}</p>
        ) : (
          <ClientIntl namespaces={["accounts"]}>
            <PublishForm action={publishAction.bind(null, publishRef)} version={item.version} label={publishRef.publish ? t("publish") : t("unpublish")} hint={t("publishHint")} />
          </ClientIntl>
        )}
      </section>

      <div className="mb-10">
        <AttachmentList files={files} uploadHref={uploadHrefFor("agendaItem", item.id)} maxFiles={attachmentLimits().maxFiles} uploaded={uploaded} />
      </div>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-3 text-2xl">{t("edit")}</h2>
        <ClientIntl namespaces={["agenda", "enums"]}>
          <AgendaItemForm
            action={updateAgendaItemAction.bind(null, item.id)}
            themes={themes}
            hidden={{ version: String(item.version) }}
            cancelHref="/agenda/manage"
            initial={{
              title: item.title, titleEn: item.titleEn ?? "", description: item.description, descriptionEn: item.descriptionEn ?? "", themeId: item.themeId ?? "", level: item.level, owner: item.owner, indicators: item.indicators,
              milestones: item.milestones.map((m) => `${utcToDateOnly(m.dueOn)}: ${m.title}`).join("\n"),
            }}
          />
        </ClientIntl>
      </section>
      {thread && <Thread thread={thread} saved={saved} zone="WIB" />}
    </>
  );
}
