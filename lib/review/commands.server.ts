// Review decisions on submitted proposals. The decision, its timeline event, the city's
// notifications and the audit event commit together; a racing second decision finds the proposal
// changed and is refused with its current state. The city's delegates hear of it by e-mail too.
import { recordAudit, type AuditAction } from "@/lib/audit/audit.server";
import type { Db } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { decisionByMail } from "@/lib/mail/outbox.server";
import { cityDelegateRecipients, notifyCityDelegates, type NotificationKind } from "@/lib/notifications/notify.server";
import { assertCan, assertRecordAccess, type Actor } from "@/lib/policy/policy";
import { reindex } from "@/lib/search/index.server";
import type { DecisionInput } from "./schemas";

const OUTCOME = {
  ACCEPT: { status: "ACCEPTED", kind: "proposal.accepted", audit: "proposal.decide.accept" },
  REQUEST_REVISION: { status: "REVISION_REQUESTED", kind: "proposal.revisionRequested", audit: "proposal.decide.request_revision" },
  REJECT: { status: "REJECTED", kind: "proposal.rejected", audit: "proposal.decide.reject" },
} as const satisfies Record<string, { status: string; kind: NotificationKind; audit: AuditAction }>;

export async function decideProposal(db: Db, actor: NonNullable<Actor>, proposalId: string, input: DecisionInput) {
  assertCan(actor, "review.decide");
  const outcome = OUTCOME[input.decision];
  const proposal = await db.$transaction(async (tx) => {
    const before = await tx.proposal.findUnique({ where: { id: proposalId }, select: { id: true, status: true, version: true, cityId: true, title: true } });
    assertRecordAccess(actor, before, (p) => ({ cityId: p.cityId, status: p.status }), "proposal.view", "review.decide");
    if (before.version !== input.version) throw new DomainError("changedMeanwhile", undefined, { status: before.status });
    if (before.status === "WITHDRAWN") throw new DomainError("withdrawn");
    if (before.status !== "SUBMITTED") throw new DomainError("alreadyDecided", undefined, { status: before.status });
    const updated = await tx.proposal.updateMany({
      where: { id: proposalId, status: "SUBMITTED", version: before.version },
      data: { status: outcome.status, version: before.version + 1 },
    });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile", undefined, { status: before.status });
    await tx.proposalEvent.create({
      data: { proposalId, type: outcome.status, fromStatus: "SUBMITTED", toStatus: outcome.status, version: before.version + 1, comment: input.comment || null, actorId: actor.id },
    });
    await notifyCityDelegates(tx, before.cityId, outcome.kind, proposalId, { title: before.title, comment: input.comment });
    await recordAudit(tx, {
      actorId: actor.id, action: outcome.audit, entityType: "Proposal", entityId: proposalId,
      before: { status: before.status }, after: { status: outcome.status, comment: input.comment },
    });
    await reindex(tx, { kind: "PROPOSAL", id: proposalId });
    return before;
  });
  await decisionByMail(await cityDelegateRecipients(db, proposal.cityId), proposal, outcome.status, input.comment);
  return proposal;
}
