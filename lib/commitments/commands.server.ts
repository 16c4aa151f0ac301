// Commitments of cities to agenda items, their progress reports and the city's scorecard. Each write
// is one transaction with its audit event, and asks the policy about the row it reads; reports also
// update the commitment's latest status, on the version read, so two delegates reporting at once
// cannot silently overwrite each other.
import { refreshVerifiedFigures } from "@/lib/verification/commands.server";
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { dateOnlyToUtc, todayIn } from "@/lib/format/zones";
import { remindersByMail } from "@/lib/mail/outbox.server";
import { actingCity, assertCan, assertRecordAccess, type Actor } from "@/lib/policy/policy";
import { planLinkFields, planLinksOf, type PlanLinksInput, type ProgressReportInput, type ScorecardInput } from "./schemas";

type CityActor = NonNullable<Actor>;


/**
 * Every member city gets a commitment to a published item that asks every city to act. Idempotent:
 * existing commitments (including ones a city marked not applicable) are left as they are.
 */
export async function ensureCommitmentsForItem(tx: Tx, agendaItemId: string) {
  const item = await tx.agendaItem.findUnique({ where: { id: agendaItemId }, select: { level: true, status: true } });
  if (!item || item.level !== "EVERY_CITY" || item.status !== "PUBLISHED") return 0;
  const [members, existing] = await Promise.all([
    tx.city.findMany({ where: { membershipStatus: "MEMBER" }, select: { id: true } }),
    tx.commitment.findMany({ where: { agendaItemId }, select: { cityId: true } }),
  ]);
  const have = new Set(existing.map((c) => c.cityId));
  const missing = members.filter((m) => !have.has(m.id));
  if (missing.length) await tx.commitment.createMany({ data: missing.map((m) => ({ agendaItemId, cityId: m.id, kind: "REQUIRED" as const })) });
  return missing.length;
}

/** A city that becomes a member takes on the current every-city items. */
export async function ensureCommitmentsForCity(tx: Tx, cityId: string) {
  const [items, existing] = await Promise.all([
    tx.agendaItem.findMany({ where: { status: "PUBLISHED", level: "EVERY_CITY" }, select: { id: true } }),
    tx.commitment.findMany({ where: { cityId }, select: { agendaItemId: true } }),
  ]);
  const have = new Set(existing.map((c) => c.agendaItemId));
  const missing = items.filter((i) => !have.has(i.id));
  if (missing.length) await tx.commitment.createMany({ data: missing.map((i) => ({ agendaItemId: i.id, cityId, kind: "REQUIRED" as const })) });
  return missing.length;
}

/** A city's delegates take on a published national item of their own accord. */
export async function commitVoluntarily(db: Db, actor: CityActor, agendaItemId: string) {
  assertCan(actor, "commitment.commit");
  const cityId = actingCity(actor, "commitment.commit");
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id: agendaItemId }, select: { status: true, title: true } });
    if (!item || item.status !== "PUBLISHED") throw new DomainError("itemNotFound");
    const existing = await tx.commitment.findUnique({ where: { agendaItemId_cityId: { agendaItemId, cityId } } });
    if (existing) throw new DomainError("alreadyCommitted", undefined, { title: item.title });
    const commitment = await tx.commitment.create({ data: { agendaItemId, cityId, kind: "VOLUNTARY" } });
    await recordAudit(tx, { actorId: actor.id, action: "commitment.commit", entityType: "Commitment", entityId: commitment.id, before: null, after: { agendaItemId, cityId, kind: "VOLUNTARY" } });
    return commitment;
  });
}

/** The commitment, if the actor may report on it (lib/policy); read in the caller's transaction. */
async function commitmentFor(tx: Tx, actor: CityActor, id: string) {
  const commitment = await tx.commitment.findUnique({ where: { id }, include: { city: { select: { timeZone: true } } } });
  assertRecordAccess(actor, commitment, (c) => ({ cityId: c.cityId }), "commitment.view", "commitment.report");
  return commitment;
}

export async function markNotApplicable(db: Db, actor: CityActor, id: string, expectedVersion: number, reason: string) {
  return db.$transaction(async (tx) => {
    const before = await commitmentFor(tx, actor, id);
    const updated = await tx.commitment.updateMany({ where: { id, version: expectedVersion }, data: { notApplicable: true, notApplicableReason: reason, version: expectedVersion + 1 } });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile");
    await recordAudit(tx, { actorId: actor.id, action: "commitment.notApplicable", entityType: "Commitment", entityId: id, before: { notApplicable: before.notApplicable }, after: { notApplicable: true, reason } });
    return { id };
  });
}

/**
 * Links the commitment to the city's own plans (RAD, RPJMD, RKPD, budget year, SIPD codes), replacing
 * the links it had; an empty field clears one. On the version read, like a report, so a colleague's
 * change meanwhile is never overwritten.
 */
export async function linkToPlans(db: Db, actor: CityActor, id: string, input: PlanLinksInput) {
  return db.$transaction(async (tx) => {
    const before = await commitmentFor(tx, actor, id);
    const links = planLinksOf(input);
    const updated = await tx.commitment.updateMany({ where: { id, version: input.version }, data: { ...links, version: input.version + 1 } });
    if (updated.count !== 1) throw new DomainError("plansChangedMeanwhile");
    await recordAudit(tx, { actorId: actor.id, action: "commitment.planLinks", entityType: "Commitment", entityId: id, before: planLinksOf(Object.fromEntries(planLinkFields.map((f) => [f, before[f]]))), after: links });
    return { id };
  });
}

export async function reportProgress(db: Db, actor: CityActor, id: string, input: ProgressReportInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await commitmentFor(tx, actor, id);
    const reportedOn = dateOnlyToUtc(input.reportedOn);
    if (reportedOn > todayIn(before.city.timeZone, now)) throw new DomainError("reportedInFuture", "reportedOn");
    // The commitment shows the report with the latest date; an older, late report joins the timeline only.
    const latest = !before.lastReportedOn || reportedOn >= before.lastReportedOn;
    const updated = await tx.commitment.updateMany({
      where: { id, version: input.version },
      data: {
        version: input.version + 1, notApplicable: false, notApplicableReason: null,
        ...(latest ? { status: input.status, percent: input.percent, lastReportedOn: reportedOn } : {}),
      },
    });
    if (updated.count !== 1) throw new DomainError("changedMeanwhile");
    const report = await tx.progressReport.create({
      data: { commitmentId: id, status: input.status, percent: input.percent, summary: input.summary, evidence: input.evidence, links: input.links.join("\n"), reportedOn, createdById: actor.id },
    });
    // A new latest report is not verified yet: verified-only figures keep the last verified one.
    await refreshVerifiedFigures(tx, id);
    await recordAudit(tx, {
      actorId: actor.id, action: "commitment.report", entityType: "Commitment", entityId: id,
      before: { status: before.status, percent: before.percent }, after: { status: input.status, percent: input.percent, reportedOn: input.reportedOn, reportId: report.id },
    });
    return report;
  });
}

export async function addScorecardEntry(db: Db, actor: CityActor, input: ScorecardInput, now = new Date()) {
  assertCan(actor, "scorecard.update", { cityId: actor.cityId });
  const cityId = actingCity(actor, "scorecard.update");
  return db.$transaction(async (tx) => {
    const city = await tx.city.findUniqueOrThrow({ where: { id: cityId }, select: { timeZone: true } });
    const asOf = dateOnlyToUtc(input.asOf);
    if (asOf > todayIn(city.timeZone, now)) throw new DomainError("asOfInFuture", "asOf");
    const entry = await tx.scorecardEntry.create({
      data: {
        cityId, indicator: input.indicator, asOf, source: input.source, createdById: actor.id,
        ...(input.indicator === "ULD" ? { uldEstablished: input.uldEstablished, uldDecree: input.uldDecree || null } : {}),
        ...(input.indicator === "GOVERNMENT_EMPLOYMENT" ? { employedWithDisability: input.employedWithDisability, totalStaff: input.totalStaff } : {}),
        ...(input.indicator === "JOB_PLACEMENT" ? { jobSeekersRegistered: input.jobSeekersRegistered, jobSeekersPlaced: input.jobSeekersPlaced, periodStart: dateOnlyToUtc(input.periodStart) } : {}),
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "scorecard.add", entityType: "ScorecardEntry", entityId: entry.id, before: null, after: { ...input } });
    return entry;
  });
}

/**
 * Reminds the delegates of every city with an open commitment (published item, not done, not marked
 * not applicable) whose latest report is older than `olderThan`, or missing. One notification per
 * delegate; email too when SMTP is configured. Returns the cities reached and those with no active
 * delegate, whom nobody could remind.
 */
export async function sendReminders(db: Db, actor: CityActor, olderThanDate: string) {
  assertCan(actor, "progress.remind");
  const olderThan = dateOnlyToUtc(olderThanDate);
  const result = await db.$transaction(async (tx) => {
    const stale = await tx.commitment.findMany({
      where: {
        notApplicable: false, status: { not: "DONE" }, agendaItem: { status: "PUBLISHED" },
        OR: [{ lastReportedOn: null }, { lastReportedOn: { lt: olderThan } }],
      },
      distinct: ["cityId"],
      select: { cityId: true, city: { select: { name: true } } },
    });
    const cityIds = stale.map((s) => s.cityId);
    const delegates = cityIds.length ? await tx.user.findMany({ where: { cityId: { in: cityIds }, role: "DELEGATE", active: true }, select: { id: true, email: true, locale: true, cityId: true } }) : [];
    if (delegates.length) {
      await tx.notification.createMany({ data: delegates.map((d) => ({ userId: d.id, kind: "progress.reminder", params: JSON.stringify({ date: olderThanDate }) })) });
    }
    // Only a city with an active delegate account is reached; the others are said by name, so the
    // secretariat can invite someone there instead of believing they were reminded.
    const reachable = new Set(delegates.map((d) => d.cityId));
    const byName = (a: string, b: string) => a.localeCompare(b, "id");
    const reached = stale.filter((s) => reachable.has(s.cityId)).map((s) => s.city.name).sort(byName);
    const unreachable = stale.filter((s) => !reachable.has(s.cityId)).map((s) => s.city.name).sort(byName);
    await recordAudit(tx, { actorId: actor.id, action: "commitment.remind", entityType: "Commitment", entityId: "-", before: null, after: { olderThan: olderThanDate, reached, unreachable } });
    return { reached, unreachable, delegates };
  });
  await remindersByMail(result.delegates, olderThan);
  return { reached: result.reached, unreachable: result.unreachable, delegates: result.delegates.length };
}
