import type { Db, Tx } from "@/lib/db.server";

/** Every change the audit log records, by name: a new kind of change is added here, once. */
export const AUDIT_ACTIONS = [
  "agenda.create", "agenda.update", "agenda.merge", "agenda.split", "agenda.undoMerge", "agenda.publish", "agenda.unpublish",
  "agenda.reorder", "agenda.dismissCluster",
  "attachment.add", "attachment.replace",
  "auth.signInSucceeded", "auth.signInFailed", "auth.signInThrottled", "auth.signedOut", "auth.sessionsEnded", "auth.accountUnderAttack",
  "comment.post", "comment.edit", "comment.withdraw", "comment.hide",
  "city.create", "city.update", "city.changeMembership",
  "commitment.commit", "commitment.notApplicable", "commitment.report", "commitment.planLinks", "commitment.remind", "scorecard.add",
  "progress.verify", "scorecard.verify",
  "forum.create", "forum.update", "forum.setSubmissionWindow", "forum.closeSubmissions",
  "forum.setParticipation", "forum.addParticipant", "forum.updateParticipant", "forum.removeParticipant",
  "forum.addSession", "forum.updateSession", "forum.moveSession", "forum.removeSession", "forum.setSessionMinutes",
  "forum.addSpeaker", "forum.updateSpeaker", "forum.moveSpeaker", "forum.removeSpeaker", "forum.setMinutes",
  "cycle.freeze", "cycle.startNext",
  "proposal.create", "proposal.createAndSubmit", "proposal.save", "proposal.saveAndSubmit", "proposal.withdraw", "proposal.deleteDraft",
  "proposal.endorse", "proposal.withdrawEndorsement", "proposal.decide.accept", "proposal.decide.request_revision", "proposal.decide.reject",
  "user.invite", "user.acceptInvitation", "user.deactivate", "user.reactivate", "user.changeRole", "user.issuePasswordReset",
  "user.resetPassword", "user.changePassword", "user.setLocale", "user.createAdmin",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of records the audit log speaks of. */
type AuditEntity = "AgendaItem" | "AgendaEdition" | "Cycle" | "Attachment" | "ProgressReport" | "Comment" | "Cluster" | "City" | "Commitment" | "ScorecardEntry" | "Forum" | "Proposal" | "User" | "Invitation";

type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) =>
  value === undefined || value === null
    ? null
    : JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/** Appends an audit event inside the caller's transaction (or on its own): the change and its record commit together. */
export async function recordAudit(tx: Tx | Db, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: json(input.before),
      after: json(input.after),
    },
  });
}
