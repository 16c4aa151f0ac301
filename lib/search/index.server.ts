// Keeps SearchDocument, the rows the full-text search reads, equal to the records they stand for.
// Records are grouped by root: a proposal with its visible comments and current files, an agenda
// item likewise, a forum with its files, a city, a commitment's evidence files. A command that changes
// anything in a group calls reindex() for its root inside its own transaction, so the index never
// shows what was rolled back; the database's triggers carry each row's terms into its full-text index
// (docs/decisions/0017-search.md). rebuildSearchIndex() recomputes everything (seed, upgrade, bench).
import type { Db, Prisma, Tx } from "@/lib/db.server";
import { indexTerms } from "./text";

type Client = Db | Tx;
type Doc = Prisma.SearchDocumentCreateManyInput;

export type SearchRoot = { kind: "PROPOSAL" | "AGENDA_ITEM" | "CITY" | "FORUM" | "COMMITMENT"; id: string };

const CURRENT_FILE = { replacedAt: null } as const;
const VISIBLE_COMMENT = { where: { status: "VISIBLE" as const }, select: { id: true, body: true, updatedAt: true } };
const FILE = { where: CURRENT_FILE, select: { id: true, fileName: true, description: true, createdAt: true, isDemo: true } };

type Shared = Pick<Doc, "rootKind" | "rootId" | "rootRef" | "status" | "cityId" | "forumId" | "themeId" | "region" | "isDemo">;

/** A root's comments and files, each following the root's visibility and filters. */
function children(shared: Shared, title: string, comments: { id: string; body: string; updatedAt: Date }[], files: { id: string; fileName: string; description: string; createdAt: Date; isDemo: boolean }[]): Doc[] {
  return [
    ...comments.map((c) => ({ ...shared, kind: "COMMENT" as const, recordId: c.id, title, body: c.body, titleTerms: "", terms: indexTerms(c.body), changedAt: c.updatedAt })),
    ...files.map((f) => ({
      ...shared, kind: "ATTACHMENT" as const, recordId: f.id, title: f.fileName, body: f.description, isDemo: shared.isDemo || f.isDemo,
      titleTerms: indexTerms(f.fileName), terms: indexTerms(f.description), changedAt: f.createdAt,
    })),
  ];
}

async function proposalDocs(db: Client, where: Prisma.ProposalWhereInput, take?: number, cursor?: string): Promise<{ docs: Doc[]; last?: string }> {
  const rows = await db.proposal.findMany({
    where, take, orderBy: { id: "asc" }, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true, cityId: true, forumId: true, themeId: true, status: true, title: true, problem: true, evidence: true, action: true, leadAgency: true, partners: true,
      indicators: true, fundingSource: true, isDemo: true, updatedAt: true, city: { select: { name: true, region: true } },
      comments: VISIBLE_COMMENT, attachments: FILE,
    },
  });
  const docs = rows.flatMap((p) => {
    const shared: Shared = { rootKind: "PROPOSAL", rootId: p.id, rootRef: p.id, status: p.status, cityId: p.cityId, forumId: p.forumId, themeId: p.themeId, region: p.city.region, isDemo: p.isDemo };
    const body = [p.problem, p.evidence, p.action].filter(Boolean).join("\n\n");
    return [
      { ...shared, kind: "PROPOSAL" as const, recordId: p.id, title: p.title, body, changedAt: p.updatedAt,
        titleTerms: indexTerms(p.title), terms: indexTerms(body, p.leadAgency, p.partners, p.indicators, p.fundingSource, p.city.name) },
      ...children(shared, p.title, p.comments, p.attachments),
    ];
  });
  return { docs, last: rows.at(-1)?.id };
}

async function agendaDocs(db: Client, where: Prisma.AgendaItemWhereInput): Promise<Doc[]> {
  const rows = await db.agendaItem.findMany({
    where,
    select: {
      id: true, forumId: true, themeId: true, status: true, title: true, titleEn: true, description: true, descriptionEn: true, indicators: true, updatedAt: true,
      comments: VISIBLE_COMMENT, attachments: FILE,
    },
  });
  return rows.flatMap((a) => {
    const shared: Shared = { rootKind: "AGENDA_ITEM", rootId: a.id, rootRef: a.id, status: a.status, cityId: null, forumId: a.forumId, themeId: a.themeId, region: null, isDemo: false };
    return [
      { ...shared, kind: "AGENDA_ITEM" as const, recordId: a.id, title: a.title, titleEn: a.titleEn, body: a.description, bodyEn: a.descriptionEn, changedAt: a.updatedAt,
        titleTerms: indexTerms(a.title, a.titleEn), terms: indexTerms(a.description, a.indicators, a.descriptionEn) },
      ...children(shared, a.title, a.comments, a.attachments),
    ];
  });
}

async function cityDocs(db: Client, where: Prisma.CityWhereInput): Promise<Doc[]> {
  const rows = await db.city.findMany({ where, select: { id: true, slug: true, name: true, province: true, region: true, membershipStatus: true, updatedAt: true } });
  return rows.map((c) => ({
    kind: "CITY", recordId: c.id, rootKind: "CITY", rootId: c.id, rootRef: c.slug, status: c.membershipStatus, cityId: c.id, region: c.region,
    title: c.name, body: c.province, titleTerms: indexTerms(c.name), terms: indexTerms(c.province), changedAt: c.updatedAt,
  }));
}

async function forumDocs(db: Client, where: Prisma.ForumWhereInput): Promise<Doc[]> {
  const rows = await db.forum.findMany({
    where,
    select: {
      id: true, slug: true, title: true, titleEn: true, venue: true, summary: true, summaryEn: true, minutes: true, minutesEn: true, isDemo: true, updatedAt: true,
      hostCity: { select: { id: true, name: true, region: true } }, attachments: FILE,
    },
  });
  return rows.flatMap((f) => {
    const shared: Shared = { rootKind: "FORUM", rootId: f.id, rootRef: f.slug, status: "", cityId: f.hostCity?.id ?? null, forumId: f.id, themeId: null, region: f.hostCity?.region ?? null, isDemo: f.isDemo };
    return [
      { ...shared, kind: "FORUM" as const, recordId: f.id, title: f.title, titleEn: f.titleEn, body: f.summary ?? "", bodyEn: f.summaryEn, changedAt: f.updatedAt,
        titleTerms: indexTerms(f.title, f.titleEn), terms: indexTerms(f.venue, f.summary, f.minutes, f.summaryEn, f.minutesEn, f.hostCity?.name) },
      ...children(shared, f.title, [], f.attachments),
    ];
  });
}

/** Evidence files of a commitment's progress reports: seen by who may see the commitment. */
async function commitmentDocs(db: Client, where: Prisma.CommitmentWhereInput): Promise<Doc[]> {
  const rows = await db.commitment.findMany({
    where,
    select: {
      id: true, cityId: true, city: { select: { region: true } }, agendaItem: { select: { title: true, forumId: true, themeId: true } },
      reports: { select: { attachments: FILE } },
    },
  });
  return rows.flatMap((c) => {
    const shared: Shared = { rootKind: "COMMITMENT", rootId: c.id, rootRef: c.id, status: "", cityId: c.cityId, forumId: c.agendaItem.forumId, themeId: c.agendaItem.themeId, region: c.city.region, isDemo: false };
    return children(shared, c.agendaItem.title, [], c.reports.flatMap((r) => r.attachments));
  });
}

/** The rows the roots of one kind should have, read in one statement for all of them. */
function docsOf(db: Client, kind: SearchRoot["kind"], ids: string[]): Promise<Doc[]> {
  const where = { id: { in: ids } };
  switch (kind) {
    case "PROPOSAL": return proposalDocs(db, where).then((r) => r.docs);
    case "AGENDA_ITEM": return agendaDocs(db, where);
    case "CITY": return cityDocs(db, where);
    case "FORUM": return forumDocs(db, where);
    case "COMMITMENT": return commitmentDocs(db, where);
  }
}

/**
 * Makes the search rows of each root equal to what its records say now (none when it was deleted):
 * one read per kind of root, one delete and one insert, however many roots a command touched.
 */
export async function reindex(tx: Client, ...roots: SearchRoot[]): Promise<void> {
  const byKind = new Map<SearchRoot["kind"], Set<string>>();
  for (const root of roots) byKind.set(root.kind, (byKind.get(root.kind) ?? new Set()).add(root.id));
  if (!byKind.size) return;
  const groups = [...byKind].map(([kind, ids]) => ({ kind, ids: [...ids] }));
  const docs: Doc[] = [];
  for (const { kind, ids } of groups) docs.push(...(await docsOf(tx, kind, ids)));
  await tx.searchDocument.deleteMany({ where: { OR: groups.map(({ kind, ids }) => ({ rootKind: kind, rootId: { in: ids } })) } });
  if (docs.length) await tx.searchDocument.createMany({ data: docs });
}

/** A city and every root whose rows carry its name or region: its proposals, hosted forums, commitments. */
export async function reindexCity(tx: Client, cityId: string): Promise<void> {
  const [proposals, forums, commitments] = await Promise.all([
    tx.proposal.findMany({ where: { cityId }, select: { id: true } }),
    tx.forum.findMany({ where: { hostCityId: cityId }, select: { id: true } }),
    tx.searchDocument.findMany({ where: { cityId, rootKind: "COMMITMENT" }, distinct: ["rootId"], select: { rootId: true } }),
  ]);
  await reindex(tx, { kind: "CITY", id: cityId },
    ...proposals.map((p) => ({ kind: "PROPOSAL" as const, id: p.id })),
    ...forums.map((f) => ({ kind: "FORUM" as const, id: f.id })),
    ...commitments.map((c) => ({ kind: "COMMITMENT" as const, id: c.rootId })));
}

/** Every row the search should hold, root kind by root kind, in batches. */
async function* everyDocument(db: Client, batch: number): AsyncGenerator<Doc[]> {
  for (let cursor: string | undefined; ;) {
    const { docs, last } = await proposalDocs(db, {}, batch, cursor);
    if (!last) break;
    yield docs;
    cursor = last;
  }
  yield await agendaDocs(db, {});
  yield await cityDocs(db, {});
  yield await forumDocs(db, {});
  yield await commitmentDocs(db, { reports: { some: { attachments: { some: CURRENT_FILE } } } });
}

/** Every root the database holds, recomputed; returns how many rows the search now has. */
export async function rebuildSearchIndex(db: Db, batch = 2_000): Promise<number> {
  await db.searchDocument.deleteMany({});
  let count = 0;
  for await (const docs of everyDocument(db, batch)) {
    for (let i = 0; i < docs.length; i += batch) await db.searchDocument.createMany({ data: docs.slice(i, i + batch) });
    count += docs.length;
  }
  return count;
}

const FIELDS = ["kind", "recordId", "rootKind", "rootId", "rootRef", "status", "cityId", "forumId", "themeId", "region", "isDemo", "title", "titleEn", "body", "bodyEn", "titleTerms", "terms"] as const;
const keyOf = (d: Partial<Record<(typeof FIELDS)[number], unknown>>) => JSON.stringify(FIELDS.map((f) => (f === "isDemo" ? Boolean(d[f]) : (d[f] ?? null))));

/**
 * The rows that differ between the search and the records ("missing" should be there, "stale" should
 * not); both empty when every command kept it current. For tests and operators (scripts/search.ts).
 */
export async function searchIndexDrift(db: Db): Promise<{ missing: string[]; stale: string[] }> {
  const want = new Set<string>();
  for await (const docs of everyDocument(db, 2_000)) for (const d of docs) want.add(keyOf(d));
  const have = new Set((await db.searchDocument.findMany()).map(keyOf));
  return { missing: [...want].filter((k) => !have.has(k)), stale: [...have].filter((k) => !want.has(k)) };
}

/** Builds the index once for a database whose records were written before search existed. */
export async function ensureSearchIndex(db: Db): Promise<void> {
  const [docs, cities] = await Promise.all([db.searchDocument.count(), db.city.count()]);
  if (docs === 0 && cities > 0) await rebuildSearchIndex(db);
}
