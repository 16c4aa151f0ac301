// Reads about proposals. Page queries take the actor and ask the policy (lib/policy/policy.ts);
// building blocks below them take a database client, for the tests and the bench.
import { filesOf } from "@/lib/attachments/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import type { ProposalEventType, ProposalStatus } from "@/lib/domain/enums";
import { submissionWindowState } from "@/lib/forums/queries.server";
import { access, can, granted, proposalStatusesVisibleTo, type Actor } from "@/lib/policy/policy";
import { activeThemes } from "@/lib/themes/queries.server";
import { EDITABLE, ENDORSABLE, WITHDRAWABLE } from "./constants";
import { rankSimilar } from "./similarity";

const DECISIONS: ProposalEventType[] = ["ACCEPTED", "REVISION_REQUESTED", "REJECTED", "MERGED"];
const resourceOf = (p: { cityId: string; status: string }) => ({ cityId: p.cityId, status: p.status });

/** The city's proposals, newest first, each with its latest decision and the active endorsements. */
async function cityWorkspace(db: Db, cityId: string, status?: ProposalStatus) {
  const proposals = await db.proposal.findMany({
    where: { cityId, ...(status ? { status } : {}) },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true, title: true, status: true, version: true, updatedAt: true, submittedAt: true,
      forum: { select: { title: true, titleEn: true } },
      theme: { select: { nameId: true, nameEn: true } },
      endorsementCount: true, commentCount: true,
    },
  });
  const decisions = await db.proposalEvent.findMany({
    where: { proposalId: { in: proposals.map((p) => p.id) }, type: { in: DECISIONS } },
    orderBy: { createdAt: "desc" },
    select: { proposalId: true, type: true, comment: true, createdAt: true },
  });
  const latest = new Map<string, (typeof decisions)[number]>();
  for (const d of decisions) if (!latest.has(d.proposalId)) latest.set(d.proposalId, d);
  const counts = await db.proposal.groupBy({ by: ["status"], where: { cityId }, _count: { _all: true } });
  return {
    proposals: proposals.map((p) => ({ ...p, decision: latest.get(p.id) ?? null })),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<(typeof counts)[number]["status"], number>>,
  };
}

/** The delegate's workspace: their city and its proposals. Null for anyone without a city to work for. */
export async function workspace(actor: Actor, status?: ProposalStatus) {
  if (!actor?.cityId || !can(actor, "proposal.workspace")) return null;
  const db = getDb();
  const [city, list] = await Promise.all([
    db.city.findUnique({ where: { id: actor.cityId }, select: { name: true, slug: true, timeZone: true } }),
    cityWorkspace(db, actor.cityId, status),
  ]);
  return city ? { city, ...list } : null;
}

async function getProposalPage(db: Db, id: string) {
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

/** A proposal's page as the actor may see it, with what they may do there. */
export async function proposalPage(actor: Actor, id: string) {
  const db = getDb();
  const result = access(actor, await getProposalPage(db, id), resourceOf, "proposal.view");
  if (result.status !== "ok") return result;
  const proposal = result.value;
  const own = can(actor, "proposal.edit", resourceOf(proposal));
  const editable = EDITABLE.includes(proposal.status);
  const similar = own && editable
    ? await similarProposals(db, actor, { text: `${proposal.title} ${proposal.problem} ${proposal.action}`, excludeCityId: proposal.cityId, excludeId: proposal.id })
    : [];
  return granted({
    proposal,
    own,
    editable,
    withdrawable: can(actor, "proposal.withdraw", resourceOf(proposal)) && WITHDRAWABLE.includes(proposal.status),
    deletable: can(actor, "proposal.delete", resourceOf(proposal)) && proposal.status === "DRAFT" && !proposal.submittedAt,
    canEndorse: can(actor, "proposal.endorse", resourceOf(proposal)) && ENDORSABLE.includes(proposal.status),
    endorsedByMe: proposal.endorsements.some((e) => e.cityId === actor?.cityId),
    similar,
    files: await filesOf(db, "proposal", proposal.id),
    canAttach: can(actor, "proposal.attach", resourceOf(proposal)),
  });
}

/** The title for a page's <title>, only for someone who may see the proposal. */
export async function proposalTitle(actor: Actor, id: string): Promise<string | null> {
  if (!actor) return null;
  const p = await getDb().proposal.findUnique({ where: { id }, select: { title: true, cityId: true, status: true } });
  return p && can(actor, "proposal.view", resourceOf(p)) ? p.title : null;
}

/** A proposal to edit: 404 for those who may not see it, 403 for those who may see but not edit it. */
export async function proposalForEdit(actor: Actor, id: string) {
  const db = getDb();
  const result = access(actor, await db.proposal.findUnique({ where: { id } }), resourceOf, "proposal.view", "proposal.edit");
  if (result.status !== "ok") return result;
  return granted({ proposal: result.value, editable: EDITABLE.includes(result.value.status), options: await proposalFormOptions(db) });
}

export async function proposalForWithdrawal(actor: Actor, id: string) {
  const p = await getDb().proposal.findUnique({ where: { id }, select: { id: true, title: true, cityId: true, status: true } });
  return access(actor, p, resourceOf, "proposal.view", "proposal.withdraw");
}

/** What a delegate's new proposal form offers, and the forum whose submission period is open now. */
export async function newProposalForm(actor: Actor) {
  if (!can(actor, "proposal.create", { cityId: actor?.cityId })) return null;
  const options = await proposalFormOptions(getDb());
  return { options, openForumId: options.forums.find((f) => submissionWindowState(f) === "open")?.id ?? "" };
}

/** Up to `limit` proposals of other cities most like `text`, among those the reader may see (never drafts). */
export async function similarProposals(db: Db, actor: Actor, opts: { text: string; excludeCityId: string | null; excludeId?: string; limit?: number }) {
  const candidates = await db.proposal.findMany({
    where: {
      status: { in: [...proposalStatusesVisibleTo(actor)] },
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

/** The similar-proposals box beside a delegate's form: other cities' proposals only. */
export async function similarForWriter(actor: Actor, text: string, excludeId?: string) {
  if (!actor) return [];
  return similarProposals(getDb(), actor, { text, excludeCityId: actor.cityId, excludeId });
}

/** Everything the proposal form offers to choose from. */
export async function proposalFormOptions(db: Db) {
  const [themes, forums, activities] = await Promise.all([
    activeThemes(db),
    db.forum.findMany({
      orderBy: { startsOn: "desc" },
      select: { id: true, title: true, titleEn: true, submissionOpensAt: true, submissionClosesAt: true, sessions: { orderBy: { position: "asc" }, select: { id: true, title: true, titleEn: true } } },
    }),
    db.programmeActivity.findMany({ orderBy: { kind: "asc" }, select: { id: true, title: true, titleEn: true } }),
  ]);
  return { themes, forums, activities };
}
export type ProposalFormOptions = Awaited<ReturnType<typeof proposalFormOptions>>;
