// The list of every city's sent proposals (and the review queue's filters, which it shares). Paging,
// counting and ordering happen in the database; endorsement and comment counts are columns kept by
// their commands, so "most endorsed" is an index scan, not a count per row.
import { getDb, type Db, type Prisma } from "@/lib/db.server";
import type { ProposalScope, Region, SentStatus } from "@/lib/domain/enums";
import { pageCount, slice } from "@/lib/paging";
import { can, proposalStatusesVisibleTo, type Actor } from "@/lib/policy/policy";
import { allThemes } from "@/lib/themes/queries.server";
import type { ListFilter } from "./schemas";
import { fingerprint } from "./similarity";

type Filter = { forum?: string; city?: string; region?: Region; theme?: string; scope?: ProposalScope; status?: SentStatus; q?: string };

/** The filters both lists offer, as a Prisma where: never a draft; search on the stored word stems. */
export function proposalFilterWhere(f: Filter): Prisma.ProposalWhereInput {
  const words = f.q ? fingerprint(f.q).split(" ").filter(Boolean) : [];
  return {
    status: f.status ?? { not: "DRAFT" },
    ...(f.forum ? { forumId: f.forum } : {}),
    ...(f.city ? { cityId: f.city } : {}),
    ...(f.region ? { city: { region: f.region } } : {}),
    ...(f.theme ? { themeId: f.theme } : {}),
    ...(f.scope ? { scope: f.scope } : {}),
    // Text search on the stored stems, so that it ignores case and affixes on both databases.
    ...(words.length ? { AND: words.map((w) => ({ fingerprint: { contains: w } })) } : {}),
  };
}

const PAGE_SIZE = 25;

const ORDER = {
  newest: [{ submittedAt: "desc" as const }, { id: "asc" as const }],
  endorsed: [{ endorsementCount: "desc" as const }, { submittedAt: "desc" as const }, { id: "asc" as const }],
  discussed: [{ commentCount: "desc" as const }, { submittedAt: "desc" as const }, { id: "asc" as const }],
};

/**
 * One page of every city's proposals as the actor may see them (lib/policy: never another city's
 * draft; a city also sees its own withdrawn ones), with what the filters offer. Null for visitors
 * and roles without the list.
 */
export async function proposalListFor(actor: Actor, f: ListFilter) {
  return proposalList(getDb(), actor, f);
}

/** The same list on a given database (the bench times it next to its raw SQL). */
export async function proposalList(db: Db, actor: Actor, f: ListFilter) {
  if (!actor || !can(actor, "proposal.browse")) return null;
  const visible: Prisma.ProposalWhereInput = { OR: [{ status: { in: [...proposalStatusesVisibleTo(actor)] } }, ...(actor.cityId ? [{ cityId: actor.cityId }] : [])] };
  const where: Prisma.ProposalWhereInput = { AND: [proposalFilterWhere(f), visible] };
  const [rows, total, forums, cities, themes] = await Promise.all([
    db.proposal.findMany({
      where,
      orderBy: ORDER[f.sort],
      ...slice(f.page, PAGE_SIZE),
      select: {
        id: true, title: true, status: true, scope: true, submittedAt: true, isDemo: true, endorsementCount: true, commentCount: true,
        city: { select: { name: true, slug: true, region: true, timeZone: true } },
        theme: { select: { nameId: true, nameEn: true } },
      },
    }),
    db.proposal.count({ where }),
    db.forum.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, titleEn: true } }),
    db.city.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    allThemes(db),
  ]);
  return { rows, total, pages: pageCount(total, PAGE_SIZE), options: { forums, cities, themes } };
}
