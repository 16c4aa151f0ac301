import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AttachmentList } from "@/components/attachments/AttachmentList";
import { Thread } from "@/components/discussion/Thread";
import { Localized } from "@/components/i18n/Localized";
import { CityMap, MAP_COLORS, type MarkerShape } from "@/components/map/CityMap";
import { DataTable } from "@/components/ui/DataTable";
import { agendaZone, publishedItemPage } from "@/lib/agenda/public.server";
import { actorOf } from "@/lib/auth/guard.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { threadFor } from "@/lib/discussion/queries.server";
import { formatDate, formatDayOf } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { BACKING_ROLES, type BackingRole } from "@/lib/map/categories";

// Proposers and endorsers stand out; the other cities are hollow rings, there for orientation.
const ROLE_MARKERS: Record<BackingRole, { color: string; shape: MarkerShape }> = {
  proposer: { color: MAP_COLORS.brand, shape: "circle" },
  endorser: { color: MAP_COLORS.success, shape: "square" },
  other: { color: MAP_COLORS.line, shape: "ring" },
};

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [page, locale] = await Promise.all([publishedItemPage((await params).id.slice(0, 40)), getLocale()]);
  return { title: page ? localized(locale, page.item.title, page.item.titleEn) : (await getTranslations("publicAgenda"))("notFound") };
}

export default async function PublicAgendaItemPage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string }> }) {
  const page = await publishedItemPage((await params).id.slice(0, 40));
  if (!page) notFound();
  const { item, progress, files, places } = page;
  const [t, tEnums, locale, user, { saved }] = await Promise.all([getTranslations("publicAgenda"), getTranslations("enums"), getLocale(), getCurrentUser(), searchParams]);
  // The discussion is the working group's: shown only to signed-in members and the board.
  const thread = await threadFor(actorOf(user), { kind: "agenda", id: item.id });
  const cities = [...new Map(item.sources.map((s) => [s.proposal.city.slug, s.proposal.city])).values()];
  const proposers = new Set(cities.map((c) => c.slug));
  const endorsers = [...new Map(item.sources.flatMap((s) => s.proposal.endorsements.map((e) => [e.city.slug, e.city] as const))).values()]
    .filter((c) => !proposers.has(c.slug))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
  const endorsing = new Set(endorsers.map((c) => c.slug));
  const roleOf = (slug: string): BackingRole => (proposers.has(slug) ? "proposer" : endorsing.has(slug) ? "endorser" : "other");
  const backing = places.filter((p) => roleOf(p.slug) !== "other").map((p) => ({ ...p, role: roleOf(p.slug) }));
  return (
    <>
      <p className="mb-4"><Link href="/agenda">{t("back")}</Link></p>
      <h1 className="mb-2 text-3xl break-words"><Localized locale={locale} id={item.title} en={item.titleEn} /></h1>
      <p className="mb-6 text-[var(--color-muted)]">
        {tEnums(`agendaLevel.${item.level}`)} · {t("owner")}: {tEnums(`agendaOwner.${item.owner}`)}
        {item.publishedAt && <> · {t("published", { date: formatDayOf(item.publishedAt, agendaZone(item.forum?.hostCity?.timeZone), locale) })}</>}
      </p>
      {item.status === "CLOSED" && (
        <div role="note" className="mb-6 max-w-3xl border-l-4 border-[var(--color-warning)] bg-[var(--color-warning-soft)] p-4">
          <p className="font-semibold">{t("closedNotice", { date: item.closedAt ? formatDayOf(item.closedAt, agendaZone(item.forum?.hostCity?.timeZone), locale) : "—" })}</p>
          {item.closedReason && <p className="mt-1 whitespace-pre-wrap">{t("closedReason")}: <span lang="id">{item.closedReason}</span></p>}
        </div>
      )}
      {(item.cycleYear || item.editionItems.length > 0) && (
        <p className="mb-6 text-sm">
          {item.cycleYear && <>{t("cycle", { year: item.cycleYear })}</>}
          {item.editionItems.map((e) => (
            <span key={e.edition.cycleYear}> · <Link href={`/agenda/editions/${e.edition.cycleYear}`}>{t("inEdition", { year: e.edition.cycleYear, position: e.position })}</Link></span>
          ))}
        </p>
      )}
      <p className="mb-8 max-w-3xl whitespace-pre-wrap"><Localized locale={locale} id={item.description} en={item.descriptionEn} /></p>
      {progress && progress.commitments > 0 && <p className="mb-8 max-w-3xl">{t("progress", { ...progress })} {t("progressVerifiedCount", { verified: progress.verified })}</p>}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="cities-title">
          <h2 id="cities-title" className="mb-3 text-2xl">{t("citiesList")} ({cities.length})</h2>
          <ul className="list-disc pl-6">
            {cities.map((c) => <li key={c.slug}><Link href={`/cities/${c.slug}`}>{c.name}</Link> — {tEnums(`region.${c.region}`)}</li>)}
          </ul>
          {endorsers.length > 0 && (
            <>
              <h2 className="mt-8 mb-3 text-2xl">{t("endorsers")} ({endorsers.length})</h2>
              <p className="mb-2 text-sm">{t("endorsersHint")}</p>
              <ul className="list-disc pl-6">{endorsers.map((c) => <li key={c.slug}><Link href={`/cities/${c.slug}`}>{c.name}</Link></li>)}</ul>
            </>
          )}
          <h2 className="mt-8 mb-3 text-2xl">{t("sources")} ({item.sources.length})</h2>
          <ul className="list-disc pl-6">
            {item.sources.map((s) => <li key={s.proposal.id}>{s.proposal.title} — {s.proposal.city.name}</li>)}
          </ul>
        </section>
        <section aria-labelledby="plan-title">
          <h2 id="plan-title" className="mb-3 text-2xl">{t("milestones")}</h2>
          {item.milestones.length ? (
            <ol className="list-decimal space-y-1 pl-6">
              {item.milestones.map((m) => <li key={m.title}>{formatDate(m.dueOn, locale)}: {m.title}</li>)}
            </ol>
          ) : <p>—</p>}
          {item.indicators && (<><h2 className="mt-8 mb-3 text-2xl">{t("indicators")}</h2><p className="whitespace-pre-wrap">{item.indicators}</p></>)}
          {item.forum && <p className="mt-8"><Link href={`/forums/${item.forum.slug}`}><Localized locale={locale} id={item.forum.title} en={item.forum.titleEn} /></Link></p>}
        </section>
      </div>
      <section aria-labelledby="map-title" className="mt-10">
        <h2 id="map-title" className="mb-3 text-2xl">{t("mapTitle")}</h2>
        <CityMap
          id="backing-map"
          tableId="backing-table"
          title={t("mapCaption", { backing: backing.length, total: places.length })}
          categories={BACKING_ROLES.map((r) => ({ key: r, label: t(`mapRole.${r}`), ...ROLE_MARKERS[r] }))}
          points={places.map((p) => ({ ...p, category: roleOf(p.slug) }))}
        />
        <div id="backing-table">
          <DataTable
            caption={t("mapTableCaption")}
            rows={backing}
            rowKey={(c) => c.slug}
            empty={t("mapEmpty")}
            columns={[
              { key: "city", header: t("mapCity"), rowHeader: true, cell: (c) => <Link href={`/cities/${c.slug}`}>{c.name}</Link> },
              { key: "role", header: t("mapRoleColumn"), cell: (c) => t(`mapRole.${c.role}`) },
            ]}
          />
        </div>
      </section>
      {files.current.length + files.history.length > 0 && <div className="mt-10"><AttachmentList files={files} title={t("documents")} /></div>}
      {thread && <Thread thread={thread} saved={saved} zone={agendaZone(item.forum?.hostCity?.timeZone)} />}
    </>
  );
}
