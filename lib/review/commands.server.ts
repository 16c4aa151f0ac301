// Review decisions on submitted proposals. The decision, its timeline event, the city's
// notifications and the audit event commit together; a racing second decision finds the proposal
// changed and is refused with its current state.
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { emailCityDelegates, notifyCityDelegates, type NotificationKind } from "@/lib/notifications/notify.server";
import type { DecisionInput } from "./schemas";

const OUTCOME = {
  ACCEPT: { status: "ACCEPTED", event: "ACCEPTED", kind: "proposal.accepted" },
  REQUEST_REVISION: { status: "REVISION_REQUESTED", event: "REVISION_REQUESTED", kind: "proposal.revisionRequested" },
  REJECT: { status: "REJECTED", event: "REJECTED", kind: "proposal.rejected" },
} as const;

export async function decideProposal(db: Db, actor: { id: string }, proposalId: string, input: DecisionInput) {
  const outcome = OUTCOME[input.decision];
  const proposal = await db.$transaction(async (tx) => {
    const before = await tx.proposal.findUnique({ where: { id: proposalId }, select: { id: true, status: true, version: true, cityId: true, title: true } });
    if (!before) throw new DomainError("proposalNotFound");
    if (before.version !== input.version) throw new DomainError("changedMeanwhile", undefined, { status: before.status });
    if (before.status === "WITHDRAWN") throw new DomainError("withdrawn");
    if (before.status !== "SUBMITTED") throw new DomainError("alreadyDecided", undefined, { status: before.status });
    const updated = await tx.proposal.updateMany({
      where: { id: proposalId, status: "SUBMITTED", version: before.version },
      data: { status: outcome.status, version: before.version + 1 },
    });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile", undefined, { status: before.status });
    await tx.proposalEvent.create({
      data: { proposalId, type: outcome.event, fromStatus: "SUBMITTED", toStatus: outcome.status, version: before.version + 1, comment: input.comment || null, actorId: actor.id },
    });
    await notifyCityDelegates(tx, before.cityId, outcome.kind as NotificationKind, proposalId, { title: before.title, comment: input.comment });
    await recordAudit(tx, {
      actorId: actor.id, action: `proposal.decide.${input.decision.toLowerCase()}`, entityType: "Proposal", entityId: proposalId,
      before: { status: before.status }, after: { status: outcome.status, comment: input.comment },
    });
    return before;
  });
  await emailCityDelegates(db, proposal.cityId, `Portal Pokja: keputusan atas usulan "${proposal.title}"`, `Usulan "${proposal.title}" mendapat keputusan: ${outcome.status}.\n${input.comment}`);
  return proposal;
}
