// The proposal lifecycle: draft → submitted → (decision, issue of the review) with revision and
// withdrawal. Every write is one transaction with its version, timeline event and audit event; a
// refusal stores nothing. Each command asks the policy about the row it reads, in its transaction,
// so the rule is checked on the version that is written.
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { utcToLocalInput, type ZoneCode } from "@/lib/format/zones";
import { submissionWindowState } from "@/lib/forums/queries.server";
import { notifyCityDelegates } from "@/lib/notifications/notify.server";
import { actingCity, assertCan, assertRecordAccess, type Action, type Actor } from "@/lib/policy/policy";
import { reindex } from "@/lib/search/index.server";
import { CONTENT_FIELDS, EDITABLE, ENDORSABLE, WITHDRAWABLE } from "./constants";
import { submitSchema, type ProposalContent } from "./schemas";
import { fingerprint } from "./similarity";

type ProposalActor = NonNullable<Actor>;

/** The content as stored in a version snapshot: plain JSON, budget as a string. */
export function snapshotOf(p: Record<string, unknown>): Record<string, string | string[] | null> {
  const out: Record<string, string | string[] | null> = {};
  for (const f of CONTENT_FIELDS) {
    const v = p[f];
    out[f] = f === "targetGroups"
      ? (Array.isArray(v) ? v : String(v ?? "").split(",").filter(Boolean))
      : v === undefined || v === null || v === "" ? null : String(v);
  }
  return out;
}

function dataOf(c: ProposalContent) {
  return {
    title: c.title,
    forumId: c.forumId ?? null,
    forumSessionId: c.forumSessionId ?? null,
    activityId: c.activityId ?? null,
    themeId: c.themeId ?? null,
    scope: c.scope ?? null,
    problem: c.problem,
    evidence: c.evidence,
    action: c.action,
    targetGroups: c.targetGroups.join(","),
    timeframe: c.timeframe ?? null,
    leadAgency: c.leadAgency,
    partners: c.partners,
    indicators: c.indicators,
    budgetIdr: c.budgetIdr ?? null,
    fundingSource: c.fundingSource,
    fingerprint: fingerprint(`${c.title} ${c.problem} ${c.action}`),
  };
}

/** Every id the content names must exist, and a session must belong to the chosen forum. */
async function assertReferences(tx: Tx, c: ProposalContent) {
  if (c.themeId && !(await tx.theme.findFirst({ where: { id: c.themeId, active: true }, select: { id: true } }))) throw new DomainError("themeUnknown", "themeId");
  if (c.forumId && !(await tx.forum.findUnique({ where: { id: c.forumId }, select: { id: true } }))) throw new DomainError("forumUnknown", "forumId");
  if (c.forumSessionId) {
    const session = await tx.forumSession.findUnique({ where: { id: c.forumSessionId }, select: { forumId: true } });
    if (!session || session.forumId !== c.forumId) throw new DomainError("sessionUnknown", "forumSessionId");
  }
  if (c.activityId && !(await tx.programmeActivity.findUnique({ where: { id: c.activityId }, select: { id: true } }))) throw new DomainError("activityUnknown", "activityId");
}

/** The proposal, if the actor may see it and `action` it (lib/policy); read in the caller's transaction. */
async function proposalFor(tx: Tx, actor: ProposalActor, id: string, action: Action) {
  const proposal = await tx.proposal.findUnique({ where: { id } });
  assertRecordAccess(actor, proposal, (p) => ({ cityId: p.cityId, status: p.status }), "proposal.view", action);
  return proposal;
}

export class VersionConflict extends DomainError {
  constructor(readonly current: { version: number; snapshot: Record<string, unknown>; updatedAt: Date }) {
    super("versionConflict", undefined, undefined, {
      conflictVersion: String(current.version),
      theirs: JSON.stringify(current.snapshot),
      theirsAt: current.updatedAt.toISOString(),
    });
  }
}

const windowText = (d: Date, zone: ZoneCode) => `${utcToLocalInput(d, zone).replace("T", " ")} ${zone}`;

async function assertWindowOpen(tx: Tx, forumId: string | null | undefined, now: Date) {
  if (!forumId) throw new DomainError("forumRequired", "forumId");
  const forum = await tx.forum.findUnique({ where: { id: forumId }, include: { hostCity: { select: { timeZone: true } } } });
  if (!forum) throw new DomainError("forumUnknown", "forumId");
  const state = submissionWindowState(forum, now);
  if (state === "open") return;
  if (state === "none") throw new DomainError("windowNone", "forumId");
  const zone = forum.hostCity?.timeZone ?? "WIB";
  throw new DomainError(state === "upcoming" ? "windowUpcoming" : "windowClosed", "forumId", {
    opens: windowText(forum.submissionOpensAt!, zone),
    closes: windowText(forum.submissionClosesAt!, zone),
  });
}

/** Checks completeness against the submission schema; the first missing field is reported. */
function assertComplete(content: ProposalContent) {
  const result = submitSchema.safeParse(content);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DomainError(issue.message, String(issue.path[0]));
  }
}

export async function createProposal(db: Db, actor: ProposalActor, content: ProposalContent, submit = false, now = new Date()) {
  assertCan(actor, "proposal.create", { cityId: actor.cityId });
  const cityId = actingCity(actor, "proposal.create");
  if (submit) assertComplete(content);
  return db.$transaction(async (tx) => {
    await assertReferences(tx, content);
    if (submit) await assertWindowOpen(tx, content.forumId, now);
    const status = submit ? "SUBMITTED" : "DRAFT";
    const proposal = await tx.proposal.create({
      data: { ...dataOf(content), cityId, status, createdById: actor.id, submittedAt: submit ? now : null },
    });
    await tx.proposalVersion.create({ data: { proposalId: proposal.id, version: 1, snapshot: JSON.stringify(snapshotOf(proposal)), createdById: actor.id } });
    await tx.proposalEvent.create({ data: { proposalId: proposal.id, type: "CREATED", toStatus: "DRAFT", version: 1, actorId: actor.id } });
    if (submit) await tx.proposalEvent.create({ data: { proposalId: proposal.id, type: "SUBMITTED", fromStatus: "DRAFT", toStatus: "SUBMITTED", version: 1, actorId: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: submit ? "proposal.createAndSubmit" : "proposal.create", entityType: "Proposal", entityId: proposal.id, after: snapshotOf(proposal) });
    await reindex(tx, { kind: "PROPOSAL", id: proposal.id });
    return proposal;
  });
}

/**
 * Saves new content as the next version, refusing a stale `expectedVersion` (someone saved in
 * between) with the current version, so the user can compare and lose nothing. With `submit`, the
 * proposal is also submitted (or resubmitted) in the same transaction, or nothing is saved.
 */
export async function saveProposal(db: Db, actor: ProposalActor, id: string, expectedVersion: number, content: ProposalContent, submit = false, now = new Date()) {
  if (submit) assertComplete(content);
  return db.$transaction(async (tx) => {
    const before = await proposalFor(tx, actor, id, "proposal.edit");
    if (!EDITABLE.includes(before.status)) throw new DomainError("notEditable");
    if (before.version !== expectedVersion) {
      throw new VersionConflict({ version: before.version, snapshot: snapshotOf(before), updatedAt: before.updatedAt });
    }
    await assertReferences(tx, content);
    const submitting = submit && before.status !== "SUBMITTED";
    if (submitting) await assertWindowOpen(tx, content.forumId, now);
    const version = before.version + 1;
    const status = submitting ? "SUBMITTED" : before.status;
    // The version check is repeated in the write itself: of two racing saves only one matches.
    const updated = await tx.proposal.updateMany({
      where: { id, version: before.version },
      data: { ...dataOf(content), version, status, ...(submitting ? { submittedAt: now } : {}) },
    });
    if (updated.count !== 1) {
      const current = await tx.proposal.findUniqueOrThrow({ where: { id } });
      throw new VersionConflict({ version: current.version, snapshot: snapshotOf(current), updatedAt: current.updatedAt });
    }
    const after = await tx.proposal.findUniqueOrThrow({ where: { id } });
    await tx.proposalVersion.create({ data: { proposalId: id, version, snapshot: JSON.stringify(snapshotOf(after)), createdById: actor.id } });
    await tx.proposalEvent.create({ data: { proposalId: id, type: "SAVED", fromStatus: before.status, toStatus: before.status, version, actorId: actor.id } });
    if (submitting) {
      await tx.proposalEvent.create({
        data: { proposalId: id, type: before.status === "REVISION_REQUESTED" ? "RESUBMITTED" : "SUBMITTED", fromStatus: before.status, toStatus: "SUBMITTED", version, actorId: actor.id },
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: submitting ? "proposal.saveAndSubmit" : "proposal.save", entityType: "Proposal", entityId: id, before: snapshotOf(before), after: snapshotOf(after) });
    await reindex(tx, { kind: "PROPOSAL", id });
    return after;
  });
}

export async function withdrawProposal(db: Db, actor: ProposalActor, id: string, reason: string) {
  return db.$transaction(async (tx) => {
    const before = await proposalFor(tx, actor, id, "proposal.withdraw");
    if (!WITHDRAWABLE.includes(before.status)) throw new DomainError("notWithdrawable");
    const updated = await tx.proposal.updateMany({ where: { id, status: before.status, version: before.version }, data: { status: "WITHDRAWN", version: before.version + 1 } });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile");
    await tx.proposalEvent.create({ data: { proposalId: id, type: "WITHDRAWN", fromStatus: before.status, toStatus: "WITHDRAWN", version: before.version + 1, comment: reason, actorId: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.withdraw", entityType: "Proposal", entityId: id, before: { status: before.status }, after: { status: "WITHDRAWN", reason } });
    await reindex(tx, { kind: "PROPOSAL", id });
    return tx.proposal.findUniqueOrThrow({ where: { id } });
  });
}

/** A draft that was never submitted may be deleted; the audit log keeps its last content. */
export async function deleteDraft(db: Db, actor: ProposalActor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await proposalFor(tx, actor, id, "proposal.delete");
    if (before.status !== "DRAFT" || before.submittedAt) throw new DomainError("notDeletable");
    await tx.proposal.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.deleteDraft", entityType: "Proposal", entityId: id, before: snapshotOf(before) });
    await reindex(tx, { kind: "PROPOSAL", id });
  });
}

/** The actor's city backs another city's proposal; once per city. */
export async function endorseProposal(db: Db, actor: ProposalActor, proposalId: string) {
  return db.$transaction(async (tx) => {
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId }, select: { id: true, cityId: true, status: true, title: true } });
    if (proposal && proposal.cityId === actor.cityId) throw new DomainError("ownProposal");
    assertRecordAccess(actor, proposal, (p) => ({ cityId: p.cityId, status: p.status }), "proposal.view", "proposal.endorse");
    if (!ENDORSABLE.includes(proposal.status)) throw new DomainError("notEndorsable");
    const cityId = actingCity(actor, "proposal.endorse");
    const existing = await tx.endorsement.findUnique({ where: { proposalId_cityId: { proposalId, cityId } } });
    if (existing && !existing.withdrawnAt) throw new DomainError("alreadyEndorsed");
    const endorsement = existing
      ? await tx.endorsement.update({ where: { id: existing.id }, data: { withdrawnAt: null, endorsedById: actor.id, createdAt: new Date() } })
      : await tx.endorsement.create({ data: { proposalId, cityId, endorsedById: actor.id } });
    await tx.proposal.update({ where: { id: proposalId }, data: { endorsementCount: { increment: 1 } } });
    const backer = await tx.city.findUniqueOrThrow({ where: { id: cityId }, select: { name: true } });
    // The endorsed city hears who backs it, in the same transaction as the endorsement.
    await notifyCityDelegates(tx, proposal.cityId, "proposal.endorsed", proposalId, { title: proposal.title, city: backer.name });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.endorse", entityType: "Proposal", entityId: proposalId, after: { cityId } });
    return endorsement;
  });
}

export async function withdrawEndorsement(db: Db, actor: ProposalActor, proposalId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId }, select: { cityId: true, status: true } });
    assertRecordAccess(actor, proposal, (p) => ({ cityId: p.cityId, status: p.status }), "proposal.view", "proposal.endorse");
    const existing = await tx.endorsement.findUnique({ where: { proposalId_cityId: { proposalId, cityId: actingCity(actor, "proposal.endorse") } } });
    if (!existing || existing.withdrawnAt) throw new DomainError("notEndorsed");
    await tx.endorsement.update({ where: { id: existing.id }, data: { withdrawnAt: now } });
    await tx.proposal.update({ where: { id: proposalId }, data: { endorsementCount: { decrement: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.withdrawEndorsement", entityType: "Proposal", entityId: proposalId, before: { cityId: actor.cityId } });
  });
}
