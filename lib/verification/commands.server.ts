// The secretariat verifies a progress report or a scorecard figure against its evidence, or asks the
// city to clarify. The decision, the commitment's verified figures, the city's notification and the
// audit event commit together.
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { assertRecordAccess, type Actor } from "@/lib/policy/policy";
import type { FigureKind, VerificationInput } from "./schemas";

/**
 * The commitment's verified figures follow its reports: the latest verified report's status, percent
 * and date (for verified-only figures), and whether the latest report of all is verified.
 */
export async function refreshVerifiedFigures(tx: Tx, commitmentId: string) {
  const order = [{ reportedOn: "desc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }];
  const [latest, verified] = await Promise.all([
    tx.progressReport.findFirst({ where: { commitmentId }, orderBy: order, select: { id: true } }),
    tx.progressReport.findFirst({ where: { commitmentId, verification: "VERIFIED" }, orderBy: order, select: { id: true, status: true, percent: true, reportedOn: true } }),
  ]);
  await tx.commitment.update({
    where: { id: commitmentId },
    data: {
      verifiedStatus: verified?.status ?? null, verifiedPercent: verified?.percent ?? null, verifiedOn: verified?.reportedOn ?? null,
      currentVerified: Boolean(latest && verified && latest.id === verified.id),
    },
  });
}

async function notifyClarification(tx: Tx, cityId: string, params: Record<string, string>) {
  const delegates = await tx.user.findMany({ where: { cityId, role: "DELEGATE", active: true }, select: { id: true, email: true, locale: true } });
  if (delegates.length) await tx.notification.createMany({ data: delegates.map((d) => ({ userId: d.id, kind: "evidence.clarify", params: JSON.stringify(params) })) });
  return delegates;
}

export async function decideVerification(db: Db, actor: Actor, kind: FigureKind, id: string, input: VerificationInput, now = new Date()) {
  const data = { verification: input.decision, verifiedById: actor?.id ?? null, verifiedAt: now, verificationNote: input.note || null };
  return db.$transaction(async (tx) => {
    if (kind === "progressReport") {
      const report = await tx.progressReport.findUnique({ where: { id }, select: { id: true, verification: true, commitmentId: true, commitment: { select: { cityId: true, agendaItem: { select: { title: true } } } } } });
      assertRecordAccess(actor, report, (r) => ({ cityId: r.commitment.cityId }), "commitment.view", "evidence.verify");
      const updated = await tx.progressReport.updateMany({ where: { id, verification: input.seen }, data });
      if (updated.count !== 1) throw new DomainError("changedMeanwhile");
      await refreshVerifiedFigures(tx, report.commitmentId);
      const href = `/commitments/${report.commitmentId}#report-${id}`;
      const delegates = input.decision === "NEEDS_CLARIFICATION" ? await notifyClarification(tx, report.commitment.cityId, { title: report.commitment.agendaItem.title, note: input.note, href }) : [];
      await recordAudit(tx, { actorId: actor?.id ?? null, action: "progress.verify", entityType: "ProgressReport", entityId: id, before: { verification: report.verification }, after: { verification: input.decision, note: input.note } });
      return { href, delegates, about: { title: report.commitment.agendaItem.title } };
    }
    const entry = await tx.scorecardEntry.findUnique({ where: { id }, select: { id: true, verification: true, cityId: true, indicator: true } });
    assertRecordAccess(actor, entry, (e) => ({ cityId: e.cityId }), "commitment.view", "evidence.verify");
    const updated = await tx.scorecardEntry.updateMany({ where: { id, verification: input.seen }, data });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile");
    const href = `/workspace/scorecard#entry-${id}`;
    const delegates = input.decision === "NEEDS_CLARIFICATION" ? await notifyClarification(tx, entry.cityId, { indicator: entry.indicator, note: input.note, href }) : [];
    await recordAudit(tx, { actorId: actor?.id ?? null, action: "scorecard.verify", entityType: "ScorecardEntry", entityId: id, before: { verification: entry.verification }, after: { verification: input.decision, note: input.note } });
    return { href, delegates, about: { indicator: entry.indicator } };
  });
}
