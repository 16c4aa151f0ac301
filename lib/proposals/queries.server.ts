import type { Db } from "@/lib/db.server";
import { proposalStatusesVisibleTo, type Actor } from "@/lib/policy/policy";
import { rankSimilar } from "./similarity";

const DECISIONS = ["ACCEPTED", "REVISION_REQUESTED", "REJECTED", "MERGED"] as const;

/** The city's proposals, newest first, each with its latest decision and the active endorsements. */
export async function cityWorkspace(db: Db, cityId: string, status?: string) {
  const proposals = await db.proposal.findMany({
    where: { cityId, ...(status ? { status: status as never } : {}) },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true, title: true, status: true, version: true, updatedAt: true, submittedAt: true,
      forum: { select: { title: true, titleEn: true } },
      theme: { select: { nameId: true, nameEn: true } },
      _count: { select: { endorsements: { where: { withdrawnAt: null } } } },
    },
  });
  const decisions = await db.proposalEvent.findMany({
    where: { proposalId: { in: proposals.map((p) => p.id) }, type: { in: [...DECISIONS] } },
    orderBy: { createdAt: "desc" },
    select: { proposalId: true, type: true, comment: true, createdAt: true },
  });
  const latest = new Map<string, (typeof decisions)[number]>();
  for (const d of decisions) if (!latest.has(d.proposalId)) latest.set(d.proposalId, d);
  const counts = await db.proposal.groupBy({ by: ["status"], where: { cityId }, _count: { _all: true } });
  return {
    proposals: proposals.map((p) => ({ ...p, decision: latest.get(p.id) ?? null })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>,
  };
}

export async function getProposalPage(db: Db, id: string) {
  return db.proposal.findUnique({
    where: { id },
    include: {
      city: { select: { id: true, name: true, slug: true, timeZone: true } },
      theme: { select: { nameId: true, nameEn: true } },
      forum: { select: { id: true, slug: true, title: true, titleEn: true, submissionOpensAt: true, submissionClosesAt: true, hostCity: { select: { timeZone: true } } } },
      forumSession: { select: { title: true, titleEn: true } },
      activity: { select: { title: true, titleEn: true } },
      createdBy: { select: { name: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { name: true } } } },
      versions: { orderBy: { version: "asc" }, select: { version: true, createdAt: true, snapshot: true, createdBy: { select: { name: true } } } },
      endorsements: { where: { withdrawnAt: null }, orderBy: { createdAt: "asc" }, select: { cityId: true, createdAt: true, city: { select: { name: true, slug: true } } } },
      agendaSources: { select: { agendaItem: { select: { id: true, title: true, status: true } } } },
    },
  });
}

export async function getProposalForEdit(db: Db, id: string) {
  return db.proposal.findUnique({ where: { id } });
}

/** Up to `limit` proposals of other cities most like `text`, among those the reader may see (never drafts). */
export async function similarProposals(db: Db, actor: Actor, opts: { text: string; excludeCityId: string | null; excludeId?: string; limit?: number }) {
  const candidates = await db.proposal.findMany({
    where: {
      status: { in: [...proposalStatusesVisibleTo(actor)] as never[] },
      ...(opts.excludeCityId ? { cityId: { not: opts.excludeCityId } } : {}),
      ...(opts.excludeId ? { id: { not: opts.excludeId } } : {}),
    },
    orderBy: { submittedAt: "desc" },
    take: 3000,
    select: { id: true, title: true, status: true, fingerprint: true, city: { select: { name: true } } },
  });
  return rankSimilar(opts.text, candidates, opts.limit ?? 5).map(({ item, score }) => ({
    id: item.id, title: item.title, status: item.status, city: item.city.name, score: Math.round(score * 100) / 100,
  }));
}

/** Everything the proposal form offers to choose from. */
export async function proposalFormOptions(db: Db) {
  const [themes, forums, activities] = await Promise.all([
    db.theme.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { id: true, nameId: true, nameEn: true } }),
    db.forum.findMany({
      orderBy: { startsOn: "desc" },
      select: { id: true, title: true, titleEn: true, submissionOpensAt: true, submissionClosesAt: true, sessions: { orderBy: { position: "asc" }, select: { id: true, title: true, titleEn: true } } },
    }),
    db.programmeActivity.findMany({ orderBy: { kind: "asc" }, select: { id: true, title: true, titleEn: true } }),
  ]);
  return { themes, forums, activities };
}

/** The city's endorsement of a proposal, if active. */
export async function cityEndorsement(db: Db, proposalId: string, cityId: string) {
  return db.endorsement.findFirst({ where: { proposalId, cityId, withdrawnAt: null }, select: { id: true } });
}
