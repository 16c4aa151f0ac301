// The open-data API's reads. Every one is the anonymous visitor's (lib/policy, actor null): published
// and closed agenda items, forums, cities and editions; never a draft, never an e-mail address, and
// people's names only where the public forum page shows them (speakers and the attendance list).
// Each list is one page of a keyset order (sort key + id) with a fixed number of statements per page,
// whatever its length; counts come from the database (GROUP BY), never from loading rows.
import { Prisma as P } from "@/generated/sqlite/client";
import { agendaSql, agendaZone } from "@/lib/agenda/public.server";
import { cityPage } from "@/lib/cities/queries.server";
import { publicItemProgress } from "@/lib/commitments/queries.server";
import type { FrozenMilestone, FrozenSource } from "@/lib/cycles/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { PARTICIPATION_STATUSES, SENT_STATUSES, type ParticipationStatus, type Region } from "@/lib/domain/enums";
import { isoWithOffset, utcToDateOnly, type ZoneCode } from "@/lib/format/zones";
import { can } from "@/lib/policy/policy";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor";
import { labelsFor, type Labels } from "./labels";
import {
  API_BASE, isFlagSet, PUBLIC_AGENDA_STATUSES, type AgendaItemBody, type AgendaItemsQuery, type ApiLang, type CitiesQuery, type CityBody, type CityDetailBody,
  type EditionBody, type EditionDetailBody, type ForumBody, type ForumDetailBody, type ForumsQuery, type PagedQuery,
} from "./schemas";

/** What a query answers: a body, a record that is not there (or not public), or a cursor that is not this list's. */
export type ApiAnswer<T> = { status: "ok"; body: T } | { status: "notFound" } | { status: "badCursor" };
const ok = <T>(body: T): ApiAnswer<T> => ({ status: "ok", body });
const notFound = { status: "notFound" } as const;
const badCursor = { status: "badCursor" } as const;

type Page<T> = { lang: ApiLang; data: T[]; links: { self: string; next: string | null }; meta: { limit: number; count: number } };

/** The list's address with the parameters in force, in a fixed order (so equal queries share a cache entry). */
function href(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v));
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ""}`;
}

/** The links of one page from `limit + 1` rows: the extra row only says that there is a next page. */
function pageLinks<R>(
  rows: R[], limit: number, list: string, key: (row: R) => string | number, id: (row: R) => string, path: string, params: Record<string, string | number | undefined>,
): Page<never>["links"] {
  const last = rows.length > limit ? rows[limit - 1] : null;
  return { self: href(path, params), next: last ? href(path, { ...params, cursor: encodeCursor(list, key(last), id(last)) }) : null };
}

function paged<R, T>(
  rows: R[], limit: number, list: string, key: (row: R) => string | number, id: (row: R) => string,
  path: string, params: Record<string, string | number | undefined>, lang: ApiLang, data: T[],
): Page<T> {
  return { lang, data, links: pageLinks(rows, limit, list, key, id, path, params), meta: { limit, count: data.length } };
}

const readCursor = (list: string, raw: string | undefined): Cursor | null | "bad" => {
  if (!raw) return null;
  return decodeCursor(list, raw) ?? "bad";
};

const num = (v: bigint | number | null | undefined) => Number(v ?? 0);
/** SQLite hands raw DateTime columns back as text, PostgreSQL as a Date. */
const date = (v: Date | string | number | null): Date | null => (v === null ? null : new Date(v));
const cityRef = (l: Labels, c: { slug: string; name: string; region: string }) => ({ slug: c.slug, name: c.name, region: l.coded("region", c.region as Region) });
const itemLinks = (id: string) => ({ self: `${API_BASE}/agenda-items/${id}`, html: `/agenda/${id}` });
const cityLinks = (slug: string) => ({ self: `${API_BASE}/cities/${slug}`, html: `/cities/${slug}` });
const forumLinks = (slug: string) => ({ self: `${API_BASE}/forums/${slug}`, html: `/forums/${slug}` });
const editionLinks = (year: number) => ({ self: `${API_BASE}/editions/${year}`, html: `/agenda/editions/${year}` });

// Agenda items.

type ItemFilter = Partial<Pick<AgendaItemsQuery, "status" | "level" | "cycle" | "forum" | "theme">> & { id?: string; after?: Cursor | null };

/** The statuses asked for, among those the policy shows a visitor who is not signed in. */
const visibleStatuses = (status?: string) => PUBLIC_AGENDA_STATUSES.filter((s) => (!status || s === status) && can(null, "agenda.view", { status: s }));

const itemSql = {
  page: (f: ItemFilter, limit: number) => P.sql`
    SELECT a."id" AS "id", CAST(a."status" AS TEXT) AS "status", a."priority" AS "priority", a."title" AS "title", a."titleEn" AS "titleEn",
      a."description" AS "description", a."descriptionEn" AS "descriptionEn", CAST(a."level" AS TEXT) AS "level", CAST(a."owner" AS TEXT) AS "owner",
      a."indicators" AS "indicators", a."publishedAt" AS "publishedAt", a."closedAt" AS "closedAt", a."closedReason" AS "closedReason", a."cycleYear" AS "cycleYear",
      r."rank" AS "rank", t."slug" AS "themeSlug", t."nameId" AS "themeNameId", t."nameEn" AS "themeNameEn",
      fo."slug" AS "forumSlug", fo."title" AS "forumTitle", fo."titleEn" AS "forumTitleEn", CAST(hc."timeZone" AS TEXT) AS "zone",
      (SELECT COUNT(*) FROM "AgendaSource" s WHERE s."agendaItemId" = a."id") AS "sourceCount"
    FROM "AgendaItem" a
    LEFT JOIN (SELECT x."id" AS "id", ROW_NUMBER() OVER (ORDER BY x."priority", x."id") AS "rank" FROM "AgendaItem" x WHERE x."status" = 'PUBLISHED') r ON r."id" = a."id"
    LEFT JOIN "Theme" t ON t."id" = a."themeId"
    LEFT JOIN "Forum" fo ON fo."id" = a."forumId"
    LEFT JOIN "City" hc ON hc."id" = fo."hostCityId"
    WHERE CAST(a."status" AS TEXT) IN (${P.join(visibleStatuses(f.status))})
      ${f.id ? P.sql`AND a."id" = ${f.id}` : P.empty}
      ${f.level ? P.sql`AND CAST(a."level" AS TEXT) = ${f.level}` : P.empty}
      ${f.cycle ? P.sql`AND a."cycleYear" = ${f.cycle}` : P.empty}
      ${f.forum ? P.sql`AND fo."slug" = ${f.forum}` : P.empty}
      ${f.theme ? P.sql`AND t."slug" = ${f.theme}` : P.empty}
      ${f.after ? P.sql`AND (a."priority" > ${Number(f.after.key)} OR (a."priority" = ${Number(f.after.key)} AND a."id" > ${f.after.id}))` : P.empty}
    ORDER BY a."priority", a."id"
    LIMIT ${limit}`,
  /** The distinct cities that endorsed (and still endorse) a source of each item. */
  endorsers: (ids: string[]) => P.sql`
    SELECT DISTINCT s."agendaItemId" AS "agendaItemId", c."name" AS "name", c."slug" AS "slug", CAST(c."region" AS TEXT) AS "region"
    FROM "AgendaSource" s JOIN "Endorsement" e ON e."proposalId" = s."proposalId" AND e."withdrawnAt" IS NULL JOIN "City" c ON c."id" = e."cityId"
    WHERE s."agendaItemId" IN (${P.join(ids)})`,
};

type ItemRow = {
  id: string; status: string; priority: number | bigint; title: string; titleEn: string | null; description: string; descriptionEn: string | null;
  level: string; owner: string; indicators: string; publishedAt: Date | string | null; closedAt: Date | string | null; closedReason: string | null;
  cycleYear: number | bigint | null; rank: number | bigint | null; themeSlug: string | null; themeNameId: string | null; themeNameEn: string | null;
  forumSlug: string | null; forumTitle: string | null; forumTitleEn: string | null; zone: ZoneCode | null; sourceCount: number | bigint;
};
type CityRow = { agendaItemId: string; name: string; slug: string; region: string };

/** The items of one page with their cities, endorsers, implementation and editions (and milestones for one item): five statements at most. */
async function itemBodies(db: Db, rows: ItemRow[], l: Labels, verified: boolean, detail: boolean): Promise<AgendaItemBody[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const published = rows.filter((r) => r.status === "PUBLISHED").map((r) => r.id);
  const [cities, endorsers, progress, editions, milestones] = await Promise.all([
    db.$queryRaw<CityRow[]>(agendaSql.cities(ids)),
    db.$queryRaw<CityRow[]>(itemSql.endorsers(ids)),
    publicItemProgress(db, published, verified),
    db.editionItem.findMany({ where: { agendaItemId: { in: ids } }, select: { agendaItemId: true, edition: { select: { cycleYear: true } } } }),
    detail ? db.agendaMilestone.findMany({ where: { agendaItemId: { in: ids } }, orderBy: [{ agendaItemId: "asc" }, { position: "asc" }], select: { agendaItemId: true, title: true, dueOn: true } }) : [],
  ]);
  const group = <T extends { agendaItemId: string | null }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of list) if (row.agendaItemId) map.set(row.agendaItemId, [...(map.get(row.agendaItemId) ?? []), row]);
    return map;
  };
  const [byCity, byEndorser, byEdition, byMilestone] = [group(cities), group(endorsers), group(editions), group(milestones)];
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "id");
  return rows.map((r) => {
    const zone = agendaZone(r.zone);
    const at = (v: Date | string | null) => (date(v) ? isoWithOffset(date(v)!, zone) : null);
    const counts = progress.get(r.id);
    return {
      id: r.id,
      status: l.coded("agendaStatus", r.status as (typeof PUBLIC_AGENDA_STATUSES)[number]),
      rank: r.rank === null ? null : num(r.rank),
      title: l.text(r.title, r.titleEn),
      description: l.text(r.description, r.descriptionEn),
      level: l.coded("agendaLevel", r.level as AgendaItemBody["level"]["code"]),
      owner: l.coded("agendaOwner", r.owner as AgendaItemBody["owner"]["code"]),
      theme: r.themeSlug ? { slug: r.themeSlug, name: l.text(r.themeNameId ?? "", r.themeNameEn) } : null,
      cycle: r.cycleYear === null ? null : num(r.cycleYear),
      forum: r.forumSlug ? { slug: r.forumSlug, title: l.text(r.forumTitle ?? "", r.forumTitleEn) } : null,
      publishedAt: at(r.publishedAt),
      closedAt: at(r.closedAt),
      closedReason: r.closedReason,
      sourceCount: num(r.sourceCount),
      cities: (byCity.get(r.id) ?? []).sort(byName).map((c) => cityRef(l, c)),
      endorsingCities: (byEndorser.get(r.id) ?? []).sort(byName).map((c) => cityRef(l, c)),
      // A closed item is out of the live agenda: its implementation is read in the editions.
      implementation: r.status === "PUBLISHED"
        ? { ...(counts ?? { commitments: 0, done: 0, inProgress: 0, planned: 0, notStarted: 0, verified: 0 }), verifiedOnly: verified }
        : null,
      editions: (byEdition.get(r.id) ?? []).map((e) => e.edition.cycleYear).sort((a, b) => a - b),
      links: itemLinks(r.id),
      indicators: r.indicators,
      milestones: (byMilestone.get(r.id) ?? []).map((m) => ({ title: m.title, dueOn: utcToDateOnly(m.dueOn) })),
    };
  });
}

/** The list carries everything but the detail's long fields (indicators, milestones). */
const listItem = ({ indicators: _indicators, milestones: _milestones, ...item }: AgendaItemBody) => item;

export async function apiAgendaItems(q: AgendaItemsQuery): Promise<ApiAnswer<Page<ReturnType<typeof listItem>>>> {
  const after = readCursor("agenda-items", q.cursor);
  if (after === "bad") return badCursor;
  const db = getDb();
  const l = labelsFor(q.lang);
  const verified = isFlagSet(q.verified);
  const rows = await db.$queryRaw<ItemRow[]>(itemSql.page({ ...q, after }, q.limit + 1));
  const bodies = (await itemBodies(db, rows.slice(0, q.limit), l, verified, false)).map(listItem);
  const params = { lang: q.lang, limit: q.limit, status: q.status, level: q.level, cycle: q.cycle, forum: q.forum, theme: q.theme, verified: q.verified, cursor: q.cursor };
  return ok(paged(rows, q.limit, "agenda-items", (r) => num(r.priority), (r) => r.id, "/agenda-items", params, q.lang, bodies));
}

export async function apiAgendaItem(id: string, lang: ApiLang, verifiedFlag?: string): Promise<ApiAnswer<{ lang: ApiLang; data: AgendaItemBody }>> {
  const db = getDb();
  const rows = await db.$queryRaw<ItemRow[]>(itemSql.page({ id }, 1));
  // Not there and not public are the same answer (a draft's id tells an outsider nothing).
  if (!rows.length || !can(null, "agenda.view", { status: rows[0].status })) return notFound;
  const [item] = await itemBodies(db, rows, labelsFor(lang), isFlagSet(verifiedFlag), true);
  return ok({ lang, data: item });
}

// Cities: public facts (the directory and city pages), with no person on them.

const citySelect = { id: true, slug: true, name: true, province: true, region: true, timeZone: true, membershipStatus: true, latitude: true, longitude: true } as const;
type CityFields = { slug: string; name: string; province: string; region: string; timeZone: string; membershipStatus: string; latitude: number | null; longitude: number | null };

function cityBody(l: Labels, c: CityFields): CityBody {
  return {
    slug: c.slug, name: c.name, province: c.province,
    region: l.coded("region", c.region as CityBody["region"]["code"]),
    timeZone: l.coded("zone", c.timeZone as CityBody["timeZone"]["code"]),
    membership: l.coded("membership", c.membershipStatus as CityBody["membership"]["code"]),
    location: c.latitude !== null && c.longitude !== null ? { latitude: c.latitude, longitude: c.longitude } : null,
    links: cityLinks(c.slug),
  };
}

export async function apiCities(q: CitiesQuery): Promise<ApiAnswer<Page<CityBody>>> {
  if (!can(null, "city.view")) return notFound;
  const after = readCursor("cities", q.cursor);
  if (after === "bad") return badCursor;
  const rows = await getDb().city.findMany({
    where: {
      ...(q.region ? { region: q.region } : {}),
      ...(q.membership ? { membershipStatus: q.membership } : {}),
      ...(after ? { OR: [{ slug: { gt: String(after.key) } }, { slug: String(after.key), id: { gt: after.id } }] } : {}),
    },
    // By slug: the city's stable code, so a renamed city keeps its place in a walk through the pages.
    orderBy: [{ slug: "asc" }, { id: "asc" }],
    take: q.limit + 1,
    select: citySelect,
  });
  const l = labelsFor(q.lang);
  const params = { lang: q.lang, limit: q.limit, region: q.region, membership: q.membership, cursor: q.cursor };
  return ok(paged(rows, q.limit, "cities", (r) => r.slug, (r) => r.id, "/cities", params, q.lang, rows.slice(0, q.limit).map((c) => cityBody(l, c))));
}

export async function apiCity(slug: string, lang: ApiLang, verifiedFlag?: string): Promise<ApiAnswer<{ lang: ApiLang; data: CityDetailBody }>> {
  if (!can(null, "city.view")) return notFound;
  const page = await cityPage(slug, { verified: isFlagSet(verifiedFlag) });
  if (!page) return notFound;
  const l = labelsFor(lang);
  const { city, commitments } = page;
  const byStatus = new Map(page.proposalsByStatus.map((p) => [p.status, p.count]));
  const statuses = SENT_STATUSES.filter((s) => byStatus.has(s));
  return ok({
    lang,
    data: {
      ...cityBody(l, city),
      // Who recorded a change is not open data: the change, its date and its reason are.
      membershipHistory: city.membershipChanges.map((h) => ({
        from: h.fromStatus ? l.coded("membership", h.fromStatus) : null, to: l.coded("membership", h.toStatus), effectiveOn: utcToDateOnly(h.effectiveOn), reason: h.reason,
      })),
      proposals: {
        total: statuses.reduce((n, s) => n + (byStatus.get(s) ?? 0), 0),
        byStatus: statuses.map((s) => ({ status: l.coded("proposalStatus", s), count: byStatus.get(s) ?? 0 })),
      },
      implementation: {
        commitments: commitments.total, done: commitments.byStatus.DONE, inProgress: commitments.byStatus.IN_PROGRESS, planned: commitments.byStatus.PLANNED,
        notStarted: commitments.byStatus.NOT_STARTED, notApplicable: commitments.notApplicable, verified: commitments.verified, verifiedOnly: commitments.verifiedOnly,
      },
      forums: page.forums.map((f) => ({ forum: { slug: f.slug, title: l.text(f.title, f.titleEn) }, participation: l.coded("participationStatus", f.status), note: f.note })),
      scorecard: page.scorecard.map((e) => ({
        indicator: l.coded("scorecardIndicator", e.indicator), asOf: utcToDateOnly(e.asOf), periodStart: e.periodStart ? utcToDateOnly(e.periodStart) : null,
        source: e.source, verification: l.coded("verificationStatus", e.verification),
        uldEstablished: e.uldEstablished, uldDecree: e.uldDecree, employedWithDisability: e.employedWithDisability, totalStaff: e.totalStaff,
        jobSeekersRegistered: e.jobSeekersRegistered, jobSeekersPlaced: e.jobSeekersPlaced,
      })),
    },
  });
}

// Forums: public, with their programme and the people the public page lists.

const forumSelect = {
  id: true, slug: true, title: true, titleEn: true, summary: true, summaryEn: true, venue: true, startsOn: true, endsOn: true, cycleYear: true, isDemo: true,
  submissionOpensAt: true, submissionClosesAt: true,
  hostCity: { select: { slug: true, name: true, region: true, timeZone: true } },
  _count: { select: { sessions: true } },
} as const;
type ForumFields = {
  id: string; slug: string; title: string; titleEn: string | null; summary: string | null; summaryEn: string | null; venue: string; startsOn: Date; endsOn: Date;
  cycleYear: number | null; isDemo: boolean; submissionOpensAt: Date | null; submissionClosesAt: Date | null;
  hostCity: { slug: string; name: string; region: string; timeZone: string } | null; _count: { sessions: number };
};

/** Cities per place in each forum (attended, invited, absent), counted by the database. */
async function participationCounts(db: Db, forumIds: string[]) {
  const counts = new Map(forumIds.map((id) => [id, Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, 0])) as Record<ParticipationStatus, number>]));
  if (!forumIds.length) return counts;
  const rows = await db.forumAttendance.groupBy({ by: ["forumId", "status"], where: { forumId: { in: forumIds } }, _count: { _all: true } });
  for (const r of rows) counts.get(r.forumId)![r.status] = r._count._all;
  return counts;
}

function forumBody(l: Labels, f: ForumFields, counts: Record<ParticipationStatus, number>): ForumBody {
  const zone = (f.hostCity?.timeZone as ZoneCode | undefined) ?? "WIB";
  return {
    slug: f.slug, title: l.text(f.title, f.titleEn), summary: f.summary ? l.text(f.summary, f.summaryEn) : null, venue: f.venue,
    startsOn: utcToDateOnly(f.startsOn), endsOn: utcToDateOnly(f.endsOn), cycle: f.cycleYear, timeZone: l.coded("zone", zone),
    hostCity: f.hostCity ? cityRef(l, f.hostCity) : null, demo: f.isDemo,
    submissionWindow: f.submissionOpensAt && f.submissionClosesAt
      ? { opensAt: isoWithOffset(f.submissionOpensAt, zone), closesAt: isoWithOffset(f.submissionClosesAt, zone) }
      : null,
    cities: { attended: counts.ATTENDED, invited: counts.INVITED, absent: counts.ABSENT },
    sessionCount: f._count.sessions,
    links: forumLinks(f.slug),
  };
}

export async function apiForums(q: ForumsQuery): Promise<ApiAnswer<Page<ForumBody>>> {
  if (!can(null, "forum.view")) return notFound;
  const after = readCursor("forums", q.cursor);
  if (after === "bad") return badCursor;
  const at = after ? new Date(String(after.key)) : null;
  if (at && Number.isNaN(at.getTime())) return badCursor;
  const db = getDb();
  const rows = await db.forum.findMany({
    where: {
      ...(q.cycle ? { cycleYear: q.cycle } : {}),
      ...(after && at ? { OR: [{ startsOn: { lt: at } }, { startsOn: at, id: { lt: after.id } }] } : {}),
    },
    // Newest first, as the forum list reads.
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: forumSelect,
  });
  const shown = rows.slice(0, q.limit);
  const counts = await participationCounts(db, shown.map((f) => f.id));
  const l = labelsFor(q.lang);
  const params = { lang: q.lang, limit: q.limit, cycle: q.cycle, cursor: q.cursor };
  return ok(paged(rows, q.limit, "forums", (r) => r.startsOn.toISOString(), (r) => r.id, "/forums", params, q.lang, shown.map((f) => forumBody(l, f, counts.get(f.id)!))));
}

export async function apiForum(slug: string, lang: ApiLang): Promise<ApiAnswer<{ lang: ApiLang; data: ForumDetailBody }>> {
  if (!can(null, "forum.view")) return notFound;
  const db = getDb();
  const forum = await db.forum.findUnique({
    where: { slug },
    select: {
      ...forumSelect, minutes: true, minutesEn: true,
      objectives: { orderBy: { position: "asc" }, select: { text: true, textEn: true } },
      sessions: {
        orderBy: { position: "asc" },
        select: {
          position: true, kind: true, title: true, titleEn: true, startsAt: true, endsAt: true, minutes: true, minutesEn: true,
          speakers: { orderBy: { position: "asc" }, select: { name: true, role: true, roleEn: true } },
        },
      },
      attendances: { orderBy: { city: { name: "asc" } }, select: { status: true, note: true, city: { select: { slug: true, name: true, region: true } } } },
      participants: { orderBy: { position: "asc" }, select: { name: true, jobTitle: true, office: true, status: true } },
      agendaItems: {
        where: { status: { in: visibleStatuses() } },
        orderBy: [{ priority: "asc" }, { id: "asc" }],
        select: { id: true, title: true, titleEn: true, status: true, level: true },
      },
    },
  });
  if (!forum) return notFound;
  const l = labelsFor(lang);
  const counts = Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, forum.attendances.filter((a) => a.status === s).length])) as Record<ParticipationStatus, number>;
  const zone = (forum.hostCity?.timeZone as ZoneCode | undefined) ?? "WIB";
  return ok({
    lang,
    data: {
      ...forumBody(l, forum, counts),
      objectives: forum.objectives.map((o) => l.text(o.text, o.textEn)),
      minutes: forum.minutes ? l.text(forum.minutes, forum.minutesEn) : null,
      sessions: forum.sessions.map((s) => ({
        position: s.position, kind: l.coded("sessionKind", s.kind), title: l.text(s.title, s.titleEn),
        startsAt: s.startsAt ? isoWithOffset(s.startsAt, zone) : null, endsAt: s.endsAt ? isoWithOffset(s.endsAt, zone) : null,
        minutes: s.minutes ? l.text(s.minutes, s.minutesEn) : null,
        speakers: s.speakers.map((sp) => ({ name: sp.name, role: l.text(sp.role, sp.roleEn) })),
      })),
      participation: forum.attendances.map((a) => ({ city: cityRef(l, a.city), status: l.coded("participationStatus", a.status), note: a.note })),
      people: forum.participants.map((p) => ({ name: p.name, jobTitle: p.jobTitle, office: p.office, status: l.coded("participationStatus", p.status) })),
      agendaItems: forum.agendaItems
        .filter((i) => can(null, "agenda.view", { status: i.status }))
        .map((i) => ({
          id: i.id, title: l.text(i.title, i.titleEn), status: l.coded("agendaStatus", i.status as (typeof PUBLIC_AGENDA_STATUSES)[number]),
          level: l.coded("agendaLevel", i.level), links: itemLinks(i.id),
        })),
    },
  });
}

// Editions: the frozen record of each year's agenda, read from the frozen rows only.

const editionSelect = {
  id: true, cycleYear: true, frozenAt: true, digest: true, note: true, noteEn: true,
  cycle: { select: { status: true } },
  _count: { select: { items: true } },
} as const;
type EditionFields = { cycleYear: number; frozenAt: Date; digest: string; note: string | null; noteEn: string | null; cycle: { status: string }; _count: { items: number } };

const editionBody = (l: Labels, e: EditionFields): EditionBody => ({
  year: e.cycleYear,
  // Apeksi's own zone (Jakarta): an edition belongs to the working group, not to a city.
  frozenAt: isoWithOffset(e.frozenAt, "WIB"),
  digest: e.digest,
  note: e.note ? l.text(e.note, e.noteEn) : null,
  itemCount: e._count.items,
  cycleStatus: l.coded("cycleStatus", e.cycle.status as EditionBody["cycleStatus"]["code"]),
  links: editionLinks(e.cycleYear),
});

export async function apiEditions(q: PagedQuery): Promise<ApiAnswer<Page<EditionBody>>> {
  if (!can(null, "edition.view")) return notFound;
  const after = readCursor("editions", q.cursor);
  if (after === "bad") return badCursor;
  const rows = await getDb().agendaEdition.findMany({
    where: after ? { OR: [{ cycleYear: { lt: Number(after.key) } }, { cycleYear: Number(after.key), id: { lt: after.id } }] } : {},
    orderBy: [{ cycleYear: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: editionSelect,
  });
  const l = labelsFor(q.lang);
  return ok(paged(rows, q.limit, "editions", (r) => r.cycleYear, (r) => r.id, "/editions", { lang: q.lang, limit: q.limit, cursor: q.cursor }, q.lang, rows.slice(0, q.limit).map((e) => editionBody(l, e))));
}

const parseList = <T>(json: string): T[] => {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
};

/** One edition with one page of its items, by position. */
export async function apiEdition(year: number, q: PagedQuery): Promise<ApiAnswer<Omit<Page<never>, "data"> & { data: EditionDetailBody }>> {
  if (!can(null, "edition.view")) return notFound;
  const after = readCursor(`edition-${year}`, q.cursor);
  if (after === "bad") return badCursor;
  const db = getDb();
  const edition = await db.agendaEdition.findUnique({
    where: { cycleYear: year },
    select: { ...editionSelect, cycle: { select: { status: true, forums: { orderBy: [{ startsOn: "asc" }, { id: "asc" }], select: { slug: true, title: true, titleEn: true } } } } },
  });
  if (!edition) return notFound;
  const [items, sums] = await Promise.all([
    db.editionItem.findMany({
      where: { editionId: edition.id, ...(after ? { OR: [{ position: { gt: Number(after.key) } }, { position: Number(after.key), id: { gt: after.id } }] } : {}) },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take: q.limit + 1,
    }),
    db.editionItem.aggregate({
      where: { editionId: edition.id },
      _sum: { commitmentCount: true, doneCount: true, inProgressCount: true, plannedCount: true, notStartedCount: true },
    }),
  ]);
  const shown = items.slice(0, q.limit);
  const slugs = [...new Set(shown.flatMap((i) => (i.themeSlug ? [i.themeSlug] : [])))];
  const themes = new Map((slugs.length ? await db.theme.findMany({ where: { slug: { in: slugs } }, select: { slug: true, nameId: true, nameEn: true } }) : []).map((t) => [t.slug, t]));
  const l = labelsFor(q.lang);
  return ok({
    lang: q.lang,
    data: {
      ...editionBody(l, edition),
      forums: edition.cycle.forums.map((f) => ({ slug: f.slug, title: l.text(f.title, f.titleEn) })),
      totals: {
        commitments: num(sums._sum.commitmentCount), done: num(sums._sum.doneCount), inProgress: num(sums._sum.inProgressCount),
        planned: num(sums._sum.plannedCount), notStarted: num(sums._sum.notStartedCount),
      },
      items: shown.map((i) => {
        const theme = i.themeSlug ? themes.get(i.themeSlug) : undefined;
        const cities = new Map(parseList<FrozenSource>(i.sources).map((s) => [s.citySlug, { slug: s.citySlug, name: s.cityName }]));
        return {
          position: i.position, agendaItemId: i.agendaItemId, title: l.text(i.title, i.titleEn), description: l.text(i.description, i.descriptionEn),
          level: l.coded("agendaLevel", i.level), owner: l.coded("agendaOwner", i.owner),
          theme: i.themeSlug ? { slug: i.themeSlug, name: theme ? l.text(theme.nameId, theme.nameEn) : null } : null,
          indicators: i.indicators, version: i.version, demo: i.isDemo,
          // The cities whose proposals the item was built from; the proposals themselves are not public.
          cities: [...cities.values()].sort((a, b) => a.name.localeCompare(b.name, "id")),
          milestones: parseList<FrozenMilestone>(i.milestones).map((m) => ({ title: m.title, dueOn: m.dueOn })),
          implementation: {
            commitments: i.commitmentCount, done: i.doneCount, inProgress: i.inProgressCount, planned: i.plannedCount, notStarted: i.notStartedCount,
            averagePercent: i.averagePercent,
          },
        };
      }),
    },
    links: pageLinks(items, q.limit, `edition-${year}`, (r) => r.position, (r) => r.id, `/editions/${year}`, { lang: q.lang, limit: q.limit, cursor: q.cursor }),
    meta: { limit: q.limit, count: shown.length },
  });
}
