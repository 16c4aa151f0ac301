import { getDb, type Db } from "@/lib/db.server";
import { pageCount, slice } from "@/lib/paging";
import { access, can, type Actor } from "@/lib/policy/policy";
import { proposalFilterWhere } from "@/lib/proposals/list.server";
import { allThemes } from "@/lib/themes/queries.server";
import type { QueueFilter } from "./schemas";

const QUEUE_PAGE_SIZE = 25;

const ORDER = {
  newest: [{ submittedAt: "desc" as const }, { id: "asc" as const }],
  oldest: [{ submittedAt: "asc" as const }, { id: "asc" as const }],
  title: [{ title: "asc" as const }, { id: "asc" as const }],
  city: [{ city: { name: "asc" as const } }, { submittedAt: "desc" as const }],
  endorsed: [{ endorsementCount: "desc" as const }, { submittedAt: "desc" as const }, { id: "asc" as const }],
};

/** One page of the review queue and the total, both computed by the database. */
export async function reviewQueue(db: Db, f: QueueFilter) {
  const w = proposalFilterWhere(f);
  const [rows, total] = await Promise.all([
    db.proposal.findMany({
      where: w,
      orderBy: ORDER[f.sort],
      ...slice(f.page, QUEUE_PAGE_SIZE),
      select: {
        id: true, title: true, status: true, scope: true, submittedAt: true, version: true, isDemo: true, endorsementCount: true, commentCount: true,
        city: { select: { name: true, region: true, timeZone: true } },
        theme: { select: { nameId: true, nameEn: true } },
        forum: { select: { title: true, titleEn: true } },
        agendaSources: { select: { agendaItem: { select: { id: true, title: true } } } },
      },
    }),
    db.proposal.count({ where: w }),
  ]);
  return { rows, total, pages: pageCount(total, QUEUE_PAGE_SIZE) };
}

async function queueFilterOptions(db: Db) {
  const [forums, cities, themes] = await Promise.all([
    db.forum.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, titleEn: true } }),
    db.city.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    allThemes(db),
  ]);
  return { forums, cities, themes };
}

/** The review queue as a reviewer sees it, with what its filters offer. Null for anyone else. */
export async function reviewQueueFor(actor: Actor, f: QueueFilter) {
  if (!can(actor, "review.view")) return null;
  const db = getDb();
  const [queue, options] = await Promise.all([reviewQueue(db, f), queueFilterOptions(db)]);
  return { ...queue, options };
}

/** One proposal on the reviewer's decision page: 404 for what the reviewer may not see (a draft). */
export async function proposalForDecision(actor: Actor, id: string) {
  const p = await getDb().proposal.findUnique({
    where: { id },
    include: { city: { select: { name: true } }, theme: { select: { nameId: true, nameEn: true } } },
  });
  return access(actor, p, (row) => ({ cityId: row.cityId, status: row.status }), "proposal.view", "review.decide");
}

/**
 * The proposal waiting longest for a decision (or first in the queue's own order) under the queue's
 * filters, other than `exceptId`: where "next" leads after a decision. Null when none is left.
 */
export async function nextInQueue(actor: Actor, f: QueueFilter, exceptId: string) {
  if (!can(actor, "review.decide")) return null;
  return getDb().proposal.findFirst({
    where: { AND: [proposalFilterWhere({ ...f, status: undefined }), { status: "SUBMITTED", id: { not: exceptId } }] },
    orderBy: ORDER[f.sort],
    select: { id: true, title: true, city: { select: { name: true } } },
  });
}
