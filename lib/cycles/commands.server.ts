// The yearly cycle (ADR 0013): a cycle holds a year's forums and agenda items; the chair freezes its
// published agenda as an edition (written once, never updated) and starts the next cycle from it,
// carrying each item over — with its commitments and progress, which live on the item — or closing it
// with a reason. Each step is one transaction with its audit event.
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { todayIn } from "@/lib/format/zones";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";
import { reindex } from "@/lib/search/index.server";
import type { FrozenCommitment, FrozenMilestone, FrozenSource } from "./queries.server";
import type { FreezeInput, NextCycleInput } from "./schemas";

type Actor = NonNullable<PolicyActor>;

/** The cycle of `year`, created open if it does not exist yet (a forum or item of a new year). */
export async function ensureCycle(tx: Tx, year: number): Promise<number> {
  await tx.cycle.upsert({ where: { year }, create: { year }, update: {} });
  return year;
}

/**
 * The cycle new agenda items belong to when no forum says otherwise: the latest cycle not yet
 * closed, or the current year (Western Indonesia) when there is none.
 */
export async function currentCycleYear(tx: Tx, now = new Date()): Promise<number> {
  const latest = await tx.cycle.findFirst({ where: { status: { not: "CLOSED" } }, orderBy: { year: "desc" }, select: { year: true } });
  return latest?.year ?? ensureCycle(tx, todayIn("WIB", now).getUTCFullYear());
}

/** The cycle of an item made for `forumId`: the forum's, unless that cycle is closed. */
export async function cycleForItem(tx: Tx, forumId: string | null): Promise<number> {
  if (forumId) {
    const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { cycle: { select: { year: true, status: true } } } });
    if (forum?.cycle && forum.cycle.status !== "CLOSED") return forum.cycle.year;
  }
  return currentCycleYear(tx);
}

/** A stable digest of what the edition says: the same items in the same order give the same digest. */
export function editionDigest(items: readonly object[]): string {
  return createHash("sha256").update(JSON.stringify(items)).digest("hex");
}

/** Freezes the cycle's published agenda as its edition. Once per cycle; nothing of it changes afterwards. */
export async function freezeEdition(db: Db, actor: Actor, year: number, input: FreezeInput, now = new Date()) {
  assertCan(actor, "cycle.manage");
  try {
    return await db.$transaction(async (tx) => {
      const cycle = await tx.cycle.findUnique({ where: { year }, select: { status: true, edition: { select: { id: true } } } });
      if (!cycle) throw new DomainError("cycleNotFound");
      if (cycle.edition || cycle.status !== "OPEN") throw new DomainError("alreadyFrozen");
      const items = await tx.agendaItem.findMany({
        where: { cycleYear: year, status: "PUBLISHED" },
        orderBy: [{ priority: "asc" }, { createdAt: "asc" }],
        include: {
          theme: { select: { slug: true } },
          milestones: { orderBy: { position: "asc" }, select: { title: true, dueOn: true } },
          sources: {
            orderBy: { addedAt: "asc" },
            select: { proposal: { select: { id: true, title: true, isDemo: true, city: { select: { slug: true, name: true } } } } },
          },
          commitments: {
            orderBy: { city: { name: "asc" } },
            select: {
              kind: true, status: true, percent: true, lastReportedOn: true, currentVerified: true, notApplicable: true,
              city: { select: { slug: true, name: true } },
            },
          },
        },
      });
      if (items.length === 0) throw new DomainError("nothingToFreeze");
      const rows = items.map((item, i) => {
        const sources: FrozenSource[] = item.sources.map((s) => ({ proposalId: s.proposal.id, title: s.proposal.title, citySlug: s.proposal.city.slug, cityName: s.proposal.city.name }));
        const milestones: FrozenMilestone[] = item.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn.toISOString().slice(0, 10) }));
        const commitments: FrozenCommitment[] = item.commitments.map((c) => ({
          citySlug: c.city.slug, cityName: c.city.name, kind: c.kind, status: c.status, percent: c.percent,
          lastReportedOn: c.lastReportedOn?.toISOString().slice(0, 10) ?? null, verified: c.currentVerified, notApplicable: c.notApplicable,
        }));
        const applicable = commitments.filter((c) => !c.notApplicable);
        const count = (status: string) => applicable.filter((c) => c.status === status).length;
        return {
          agendaItemId: item.id, position: i + 1, title: item.title, titleEn: item.titleEn, description: item.description, descriptionEn: item.descriptionEn,
          level: item.level, owner: item.owner, indicators: item.indicators, themeSlug: item.theme?.slug ?? null, version: item.version,
          isDemo: item.sources.length > 0 && item.sources.every((s) => s.proposal.isDemo),
          sources: JSON.stringify(sources), milestones: JSON.stringify(milestones), commitments: JSON.stringify(commitments),
          commitmentCount: applicable.length, doneCount: count("DONE"), inProgressCount: count("IN_PROGRESS"), plannedCount: count("PLANNED"), notStartedCount: count("NOT_STARTED"),
          averagePercent: applicable.length ? Math.round(applicable.reduce((s, c) => s + c.percent, 0) / applicable.length) : 0,
        };
      });
      const edition = await tx.agendaEdition.create({
        data: { cycleYear: year, note: input.note ?? null, noteEn: input.noteEn ?? null, frozenAt: now, frozenById: actor.id, digest: editionDigest(rows) },
      });
      await tx.editionItem.createMany({ data: rows.map((r) => ({ ...r, editionId: edition.id })) });
      // Only an open cycle freezes: a concurrent freeze of the same cycle fails on the unique edition.
      await tx.cycle.update({ where: { year }, data: { status: "FROZEN" } });
      await recordAudit(tx, {
        actorId: actor.id, action: "cycle.freeze", entityType: "AgendaEdition", entityId: edition.id,
        after: { year, items: rows.map((r) => ({ agendaItemId: r.agendaItemId, position: r.position })), digest: edition.digest },
      });
      return { year, editionId: edition.id, itemCount: rows.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("alreadyFrozen");
    throw error;
  }
}

/**
 * Starts cycle `input.year` from the frozen cycle `fromYear`: every item still in that cycle moves to
 * the new one (same item, so its commitments, reports and evidence come along), except those the
 * chair closes, which keep their history and say why they closed. Drafts always move.
 */
export async function startNextCycle(db: Db, actor: Actor, fromYear: number, input: NextCycleInput, now = new Date()) {
  assertCan(actor, "cycle.manage");
  return db.$transaction(async (tx) => {
    const from = await tx.cycle.findUnique({ where: { year: fromYear }, select: { status: true, edition: { select: { id: true } } } });
    if (!from) throw new DomainError("cycleNotFound");
    if (from.status === "CLOSED") throw new DomainError("alreadyStarted");
    if (!from.edition) throw new DomainError("notFrozen");
    if (input.year <= fromYear) throw new DomainError("yearNotAfter", "year", { year: fromYear });
    const target = await tx.cycle.findUnique({ where: { year: input.year }, select: { status: true, edition: { select: { id: true } } } });
    if (target && (target.status !== "OPEN" || target.edition)) throw new DomainError("yearTaken", "year", { year: input.year });

    const items = await tx.agendaItem.findMany({ where: { cycleYear: fromYear, status: { not: "CLOSED" } }, select: { id: true, status: true } });
    const known = new Map(items.map((i) => [i.id, i]));
    const closing = input.decisions.filter((d) => !d.carry);
    for (const d of closing) {
      const item = known.get(d.agendaItemId);
      // Only a published item (one the edition holds) is closed; a stale or forged id is refused.
      if (!item || item.status !== "PUBLISHED") throw new DomainError("itemNotInCycle");
    }
    const closedIds = closing.map((d) => d.agendaItemId);
    const carriedIds = items.map((i) => i.id).filter((id) => !closedIds.includes(id));

    if (target) await tx.cycle.update({ where: { year: input.year }, data: { previousYear: fromYear, startedAt: now, startedById: actor.id } });
    else await tx.cycle.create({ data: { year: input.year, previousYear: fromYear, startedAt: now, startedById: actor.id } });
    // Closing is not an edit of the item's text, so its version (and any open edit form) stays valid.
    for (const d of closing) {
      await tx.agendaItem.update({ where: { id: d.agendaItemId }, data: { status: "CLOSED", closedAt: now, closedReason: d.reason } });
    }
    if (carriedIds.length) await tx.agendaItem.updateMany({ where: { id: { in: carriedIds } }, data: { cycleYear: input.year } });
    await reindex(tx, ...closedIds.map((id) => ({ kind: "AGENDA_ITEM" as const, id })));
    // The open items' priorities close the gaps the closed ones leave (1..n, same order), so the agenda's
    // working list and each item's page show ranks that exist.
    if (closing.length) {
      const open = await tx.agendaItem.findMany({ where: { status: { not: "CLOSED" } }, orderBy: [{ priority: "asc" }, { id: "asc" }], select: { id: true, priority: true } });
      for (const [index, item] of open.entries()) {
        if (item.priority !== index + 1) await tx.agendaItem.update({ where: { id: item.id }, data: { priority: index + 1 } });
      }
    }
    await tx.cycle.update({ where: { year: fromYear }, data: { status: "CLOSED", closedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id, action: "cycle.startNext", entityType: "Cycle", entityId: String(input.year),
      before: { year: fromYear }, after: { year: input.year, carried: carriedIds, closed: closing.map((d) => ({ agendaItemId: d.agendaItemId, reason: d.reason })) },
    });
    return { year: input.year, carried: carriedIds.length, closed: closing.length };
  });
}
