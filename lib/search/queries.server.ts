// The search itself: one statement on each database's own full-text engine (SQLite FTS5 with bm25,
// PostgreSQL tsvector with ts_rank under a GIN index), with who may see what written into its WHERE
// from the policy, so the database ranks, filters and pages only what the reader may have.
import { Prisma as P } from "@/generated/sqlite/client";
import { getDb, providerOf, type Db } from "@/lib/db.server";
import { AGENDA_STATUSES, MEMBERSHIP_STATUSES, PROPOSAL_STATUSES, SEARCH_KINDS, type Region, type SearchKind } from "@/lib/domain/enums";
import { can, type Actor } from "@/lib/policy/policy";
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, type SearchInput } from "./schemas";
import { fts5Match, queryGroups, tsQuery } from "./text";

/** A city outside every actor's own, to ask the policy what it allows of other cities' records. */
const OTHER_CITY = "\u0000another-city";

/**
 * The policy as SQL over SearchDocument "d": for each kind of root, the statuses (and cities) whose
 * records the actor may see, asked of can() value by value; comments also need comment.view.
 */
export function visibleTo(actor: Actor): P.Sql {
  const own = actor?.cityId ?? null;
  const statuses = (values: readonly string[], allowed: (status: string) => boolean) => values.filter(allowed);
  const inList = (values: string[]) => (values.length ? P.sql`d."status" IN (${P.join(values)})` : P.sql`1 = 0`);
  const clauses: P.Sql[] = [];

  const othersProposals = statuses(PROPOSAL_STATUSES, (status) => can(actor, "proposal.view", { cityId: OTHER_CITY, status }));
  const ownProposals = own ? statuses(PROPOSAL_STATUSES, (status) => can(actor, "proposal.view", { cityId: own, status })) : [];
  clauses.push(P.sql`(d."rootKind" = 'PROPOSAL' AND (${inList(othersProposals)}${ownProposals.length ? P.sql` OR (d."cityId" = ${own} AND ${inList(ownProposals)})` : P.empty}))`);

  const items = statuses(AGENDA_STATUSES, (status) => can(actor, "agenda.view", { status }));
  clauses.push(P.sql`(d."rootKind" = 'AGENDA_ITEM' AND ${inList(items)})`);

  const cities = statuses(MEMBERSHIP_STATUSES, (status) => can(actor, "city.view", { cityId: OTHER_CITY, status }));
  clauses.push(P.sql`(d."rootKind" = 'CITY' AND ${inList(cities)})`);

  if (can(actor, "forum.view", {})) clauses.push(P.sql`d."rootKind" = 'FORUM'`);

  if (can(actor, "commitment.view", { cityId: OTHER_CITY })) clauses.push(P.sql`d."rootKind" = 'COMMITMENT'`);
  else if (own && can(actor, "commitment.view", { cityId: own })) clauses.push(P.sql`(d."rootKind" = 'COMMITMENT' AND d."cityId" = ${own})`);

  const roots = P.sql`(${P.join(clauses, " OR ")})`;
  return can(actor, "comment.view", {}) ? roots : P.sql`${roots} AND d."kind" <> 'COMMENT'`;
}

/** The filters other than kind (the kind narrows the match itself, below). */
function filters(f: SearchInput): P.Sql {
  const parts: P.Sql[] = [];
  if (f.forum) parts.push(P.sql`d."forumId" = ${f.forum}`);
  if (f.theme) parts.push(P.sql`d."themeId" = ${f.theme}`);
  if (f.region) parts.push(P.sql`CAST(d."region" AS TEXT) = ${f.region}`);
  return parts.length ? P.sql` AND ${P.join(parts, " AND ")}` : P.empty;
}

const COLUMNS = P.sql`d."rowNo", CAST(d."kind" AS TEXT) AS "kind", d."recordId", d."rootKind", d."rootId", d."rootRef", d."status", d."cityId",
  d."isDemo", d."title", d."titleEn", d."body", d."bodyEn", d."changedAt", ci."name" AS "cityName", ci."slug" AS "citySlug"`;

/**
 * Ranking reads every match, so a word on nearly every record would cost as many rows as there are:
 * the ranked page is taken from the most recently written RANK_WINDOW matches (all of them, below
 * that), and each kind is counted up to COUNT_CAP + 1 ("more than 1,000"). The pages offered end at
 * MAX_SEARCH_PAGE × 20 = 1,000 results anyway (docs/decisions/0017-search.md).
 */
export const RANK_WINDOW = 2_000;
export const COUNT_CAP = 1_000;

/** The statements for one provider: a ranked page, and the number of matches of each kind (capped). */
export function searchSql(provider: "sqlite" | "postgresql", groups: string[][], f: SearchInput, actor: Actor, limit: number, offset: number) {
  const where = visibleTo(actor);
  // The matches of one kind (or of any), visible to the actor, with the filters other than kind.
  let from: (kind?: SearchKind) => P.Sql;
  let score: P.Sql;
  let newest: P.Sql;
  if (provider === "sqlite") {
    // The words are looked for in the terms only; the kind, indexed as a column of its own, narrows
    // the matches inside FTS5, before any row is read.
    const words = `{titleTerms terms} : (${fts5Match(groups)})`;
    const match = (kind?: SearchKind) => (kind ? `${words} AND kind : "${kind.toLowerCase().replace("_", " ")}"` : words);
    from = (kind) => P.sql`FROM "SearchIndex" JOIN "SearchDocument" d ON d."rowNo" = "SearchIndex".rowid WHERE "SearchIndex" MATCH ${match(kind)} AND ${where}${filters(f)}`;
    // bm25 is lower for a better match; a title match weighs four times one in the text.
    score = P.sql`bm25("SearchIndex", 4.0, 1.0, 0.0)`;
    newest = P.sql`"SearchIndex".rowid DESC`;
  } else {
    // "tsv" is generated from the terms (title weighted A) and indexed (GIN) where it is not null: always.
    const query = P.sql`to_tsquery('simple', ${tsQuery(groups)})`;
    from = (kind) => P.sql`FROM "SearchDocument" d WHERE d."tsv" IS NOT NULL AND d."tsv" @@ ${query} AND ${where}${filters(f)}${kind ? P.sql` AND d."kind" = CAST(${kind} AS "SearchKind")` : P.empty}`;
    score = P.sql`-ts_rank(d."tsv", ${query})`;
    newest = P.sql`d."rowNo" DESC`;
  }
  const capped = (kind: SearchKind) => P.sql`SELECT ${kind} AS "kind", COUNT(*) AS "n" FROM (SELECT 1 AS "one" ${from(kind)} LIMIT ${COUNT_CAP + 1}) c`;
  const kinds = searchKindsFor(actor);
  return {
    // The window is chosen by row number alone; only its rows are scored (SQLite scores inside the
    // match, lazily, PostgreSQL in the outer query) and only the page's rows are read whole.
    page: provider === "sqlite"
      ? P.sql`SELECT ${COLUMNS} FROM (SELECT d."rowNo" AS "rowNo", ${score} AS "score", d."changedAt" AS "changedAt" ${from(f.kind)} ORDER BY ${newest} LIMIT ${RANK_WINDOW}) m
        JOIN "SearchDocument" d ON d."rowNo" = m."rowNo" LEFT JOIN "City" ci ON ci."id" = d."cityId"
        ORDER BY m."score", m."changedAt" DESC, m."rowNo" LIMIT ${limit} OFFSET ${offset}`
      : P.sql`SELECT ${COLUMNS} FROM (SELECT d."rowNo" AS "rowNo" ${from(f.kind)} ORDER BY ${newest} LIMIT ${RANK_WINDOW}) m
        JOIN "SearchDocument" d ON d."rowNo" = m."rowNo" LEFT JOIN "City" ci ON ci."id" = d."cityId"
        ORDER BY ${score}, d."changedAt" DESC, d."rowNo" LIMIT ${limit} OFFSET ${offset}`,
    counts: P.join(kinds.map(capped), " UNION ALL "),
  };
}

type Row = {
  rowNo: number; kind: SearchKind; recordId: string; rootKind: string; rootId: string; rootRef: string; status: string; cityId: string | null;
  isDemo: boolean | number; title: string; titleEn: string | null; body: string; bodyEn: string | null; changedAt: Date | string | number;
  cityName: string | null; citySlug: string | null;
};

export type SearchResult = {
  kind: SearchKind;
  id: string;
  /** The record whose page shows this one, and how that page is addressed. */
  root: { kind: string; id: string; ref: string };
  status: string;
  city: { name: string; slug: string } | null;
  isDemo: boolean;
  title: string;
  titleEn: string | null;
  body: string;
  bodyEn: string | null;
  changedAt: Date;
};

export type SearchPage = {
  /** The query's terms, grouped as the engines were asked (for highlighting); empty when nothing to search. */
  groups: string[][];
  results: SearchResult[];
  /** Matches of each kind with the other filters applied, counted up to COUNT_CAP + 1; total is for the chosen kind (or all). */
  counts: Partial<Record<SearchKind, number>>;
  total: number;
  /** Some kind has more than COUNT_CAP matches: the counts are "more than". */
  more: boolean;
  page: number;
  pages: number;
};

const toDate = (v: Date | string | number) => (v instanceof Date ? v : new Date(typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v));

/** One page of what `actor` may see that matches `f.q`, best first. */
export async function search(f: SearchInput, actor: Actor, db: Db = getDb()): Promise<SearchPage> {
  const groups = queryGroups(f.q);
  if (!groups.length) return { groups, results: [], counts: {}, total: 0, more: false, page: 1, pages: 0 };
  const sql = searchSql(providerOf(db), groups, f, actor, SEARCH_PAGE_SIZE, (f.page - 1) * SEARCH_PAGE_SIZE);
  const [rows, countRows] = await Promise.all([db.$queryRaw<Row[]>(sql.page), db.$queryRaw<{ kind: SearchKind; n: bigint | number }[]>(sql.counts)]);
  const counts = Object.fromEntries(countRows.filter((r) => Number(r.n) > 0).map((r) => [r.kind, Number(r.n)])) as Partial<Record<SearchKind, number>>;
  const total = f.kind ? counts[f.kind] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0);
  const more = Object.values(counts).some((n) => n > COUNT_CAP);
  return {
    groups,
    counts,
    total,
    page: f.page,
    more,
    pages: Math.min(MAX_SEARCH_PAGE, Math.ceil(total / SEARCH_PAGE_SIZE)),
    results: rows.map((r) => ({
      kind: r.kind, id: r.recordId, root: { kind: r.rootKind, id: r.rootId, ref: r.rootRef }, status: r.status,
      city: r.cityName && r.citySlug && r.rootKind !== "CITY" ? { name: r.cityName, slug: r.citySlug } : null,
      isDemo: Boolean(r.isDemo), title: r.title, titleEn: r.titleEn, body: r.body, bodyEn: r.bodyEn, changedAt: toDate(r.changedAt),
    })),
  };
}

/** The kinds of record `actor` may find at all (a visitor finds no proposals and no comments). */
export function searchKindsFor(actor: Actor): SearchKind[] {
  const proposals = PROPOSAL_STATUSES.some((status) => can(actor, "proposal.view", { cityId: actor?.cityId ?? OTHER_CITY, status }) || can(actor, "proposal.view", { cityId: OTHER_CITY, status }));
  return SEARCH_KINDS.filter((k) => (k === "PROPOSAL" ? proposals : k === "COMMENT" ? can(actor, "comment.view", {}) : true));
}

/** The filter choices the search page offers: forums and themes by name. */
export async function searchOptions(db: Db = getDb()) {
  const [forums, themes] = await Promise.all([
    db.forum.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, titleEn: true } }),
    db.theme.findMany({ orderBy: { position: "asc" }, select: { id: true, nameId: true, nameEn: true } }),
  ]);
  return { forums, themes };
}

export type { Region };
