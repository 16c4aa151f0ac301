// Agenda items and their provenance. Merging turns proposals into sources of an item (never losing
// which proposal, hence which city, each came from); splitting and undoing a merge put them back as
// they were. Every step is one transaction with its timeline events, notifications and audit event.
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { dateOnlyToUtc } from "@/lib/format/zones";
import { ensureCommitmentsForItem } from "@/lib/commitments/commands.server";
import { cycleForItem } from "@/lib/cycles/commands.server";
import { notifyCityDelegates } from "@/lib/notifications/notify.server";
import { agendaListKey, clusterKey } from "./queries.server";
import type { ProposalStatus } from "@/lib/domain/enums";
import { MERGEABLE } from "@/lib/proposals/constants";
import type { AgendaItemInput } from "./schemas";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";
import { reindex } from "@/lib/search/index.server";

type Actor = NonNullable<PolicyActor>;


async function snapshot(tx: Tx, id: string) {
  const item = await tx.agendaItem.findUniqueOrThrow({
    where: { id },
    include: { milestones: { orderBy: { position: "asc" } }, sources: { select: { proposalId: true } } },
  });
  return {
    title: item.title, titleEn: item.titleEn, description: item.description, descriptionEn: item.descriptionEn, themeId: item.themeId, level: item.level, owner: item.owner, indicators: item.indicators,
    status: item.status, priority: item.priority, milestones: item.milestones.map((m) => ({ dueOn: m.dueOn.toISOString().slice(0, 10), title: m.title })),
    sources: item.sources.map((s) => s.proposalId).sort(),
  };
}

async function recordVersion(tx: Tx, id: string, version: number, actor: Actor) {
  await tx.agendaItemVersion.create({ data: { agendaItemId: id, version, snapshot: JSON.stringify(await snapshot(tx, id)), createdById: actor.id } });
}

async function writeMilestones(tx: Tx, id: string, input: AgendaItemInput) {
  await tx.agendaMilestone.deleteMany({ where: { agendaItemId: id } });
  if (input.milestones.length) {
    await tx.agendaMilestone.createMany({ data: input.milestones.map((m, i) => ({ agendaItemId: id, position: i + 1, title: m.title, dueOn: dateOnlyToUtc(m.dueOn) })) });
  }
}

/** A closed item is history (its edition and reason stand): nothing changes it any more. */
function assertNotClosed(item: { status: string }) {
  if (item.status === "CLOSED") throw new DomainError("itemClosed");
}

async function assertTheme(tx: Tx, themeId?: string) {
  if (themeId && !(await tx.theme.findUnique({ where: { id: themeId }, select: { id: true } }))) throw new DomainError("themeUnknown", "themeId");
}

async function createItem(tx: Tx, actor: Actor, input: AgendaItemInput, forumId: string | null) {
  await assertTheme(tx, input.themeId);
  const last = await tx.agendaItem.aggregate({ _max: { priority: true } });
  const item = await tx.agendaItem.create({
    data: {
      title: input.title, titleEn: input.titleEn ?? null, description: input.description, descriptionEn: input.descriptionEn ?? null,
      themeId: input.themeId ?? null, level: input.level, owner: input.owner, indicators: input.indicators, forumId, priority: (last._max.priority ?? 0) + 1, createdById: actor.id,
      cycleYear: await cycleForItem(tx, forumId),
    },
  });
  await writeMilestones(tx, item.id, input);
  return item;
}

export async function createAgendaItem(db: Db, actor: Actor, input: AgendaItemInput, forumId: string | null = null) {
  assertCan(actor, "agenda.manage");
  return db.$transaction(async (tx) => {
    const item = await createItem(tx, actor, input, forumId);
    await recordVersion(tx, item.id, 1, actor);
    await recordAudit(tx, { actorId: actor.id, action: "agenda.create", entityType: "AgendaItem", entityId: item.id, after: await snapshot(tx, item.id) });
    await reindex(tx, { kind: "AGENDA_ITEM", id: item.id });
    return item;
  });
}

export async function updateAgendaItem(db: Db, actor: Actor, id: string, expectedVersion: number, input: AgendaItemInput) {
  assertCan(actor, "agenda.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.agendaItem.findUnique({ where: { id } });
    if (!before) throw new DomainError("itemNotFound");
    assertNotClosed(before);
    if (before.version !== expectedVersion) throw new DomainError("itemChangedMeanwhile");
    await assertTheme(tx, input.themeId);
    const beforeSnapshot = await snapshot(tx, id);
    const updated = await tx.agendaItem.updateMany({
      where: { id, version: expectedVersion },
      data: { title: input.title, titleEn: input.titleEn ?? null, description: input.description, descriptionEn: input.descriptionEn ?? null, themeId: input.themeId ?? null, level: input.level, owner: input.owner, indicators: input.indicators, version: expectedVersion + 1 },
    });
    if (updated.count !== 1) throw new DomainError("itemChangedMeanwhile");
    await writeMilestones(tx, id, input);
    await recordVersion(tx, id, expectedVersion + 1, actor);
    // A published item newly asking every city to act commits the member cities now.
    await ensureCommitmentsForItem(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "agenda.update", entityType: "AgendaItem", entityId: id, before: beforeSnapshot, after: await snapshot(tx, id) });
    await reindex(tx, { kind: "AGENDA_ITEM", id });
    return tx.agendaItem.findUniqueOrThrow({ where: { id } });
  });
}

/**
 * Merges proposals into an existing item, or into a new one made from `newItem`. Each proposal keeps
 * its row and becomes MERGED; the source remembers its previous status and the merge it came with.
 */
export async function mergeProposals(
  db: Db,
  actor: Actor,
  proposalIds: string[],
  target: { agendaItemId: string } | { newItem: AgendaItemInput },
) {
  assertCan(actor, "agenda.manage");
  const ids = [...new Set(proposalIds)];
  if (!ids.length) throw new DomainError("selectProposals", "proposalIds");
  return db.$transaction(async (tx) => {
    const proposals = await tx.proposal.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, version: true, cityId: true, forumId: true, title: true } });
    if (proposals.length !== ids.length) throw new DomainError("proposalNotFound");
    for (const p of proposals) {
      if (p.status === "MERGED") throw new DomainError("alreadyMerged", undefined, { title: p.title });
      if (!MERGEABLE.includes(p.status)) throw new DomainError("notMergeable", undefined, { title: p.title });
    }
    const forums = [...new Set(proposals.map((p) => p.forumId))];
    let item;
    if ("agendaItemId" in target) {
      item = await tx.agendaItem.findUnique({ where: { id: target.agendaItemId } });
      if (!item) throw new DomainError("itemNotFound");
      assertNotClosed(item);
      if (item.forumId && proposals.some((p) => p.forumId !== item!.forumId)) throw new DomainError("otherForum");
    } else {
      item = await createItem(tx, actor, target.newItem, forums.length === 1 ? forums[0] : null);
    }
    const mergeId = randomUUID();
    for (const p of proposals) {
      // Conditional on the status and version read above: a proposal decided or merged meanwhile is refused.
      const moved = await tx.proposal.updateMany({ where: { id: p.id, status: p.status, version: p.version }, data: { status: "MERGED", version: p.version + 1 } });
      if (moved.count !== 1) throw new DomainError("changedMeanwhile");
      await tx.agendaSource.create({ data: { agendaItemId: item.id, proposalId: p.id, mergeId, previousStatus: p.status, addedById: actor.id } });
      await tx.proposalEvent.create({ data: { proposalId: p.id, type: "MERGED", fromStatus: p.status, toStatus: "MERGED", version: p.version + 1, comment: item.title, actorId: actor.id } });
      await notifyCityDelegates(tx, p.cityId, "proposal.merged", p.id, { title: p.title, item: item.title });
    }
    const version = item.version + ("agendaItemId" in target ? 1 : 0);
    if ("agendaItemId" in target) await tx.agendaItem.update({ where: { id: item.id }, data: { version } });
    await recordVersion(tx, item.id, version, actor);
    await recordAudit(tx, { actorId: actor.id, action: "agenda.merge", entityType: "AgendaItem", entityId: item.id, after: { mergeId, proposalIds: ids, newItem: !("agendaItemId" in target) } });
    await reindex(tx, { kind: "AGENDA_ITEM", id: item.id }, ...ids.map((id) => ({ kind: "PROPOSAL" as const, id })));
    return { item, mergeId };
  });
}

async function removeSources(tx: Tx, actor: Actor, sources: { id: string; proposalId: string; previousStatus: ProposalStatus; agendaItemId: string }[], reason: string) {
  for (const s of sources) {
    const p = await tx.proposal.findUniqueOrThrow({ where: { id: s.proposalId }, select: { version: true, cityId: true, title: true } });
    await tx.agendaSource.delete({ where: { id: s.id } });
    await tx.proposal.update({ where: { id: s.proposalId }, data: { status: s.previousStatus, version: p.version + 1 } });
    await tx.proposalEvent.create({ data: { proposalId: s.proposalId, type: "UNMERGED", fromStatus: "MERGED", toStatus: s.previousStatus, version: p.version + 1, comment: reason, actorId: actor.id } });
    await notifyCityDelegates(tx, p.cityId, "proposal.unmerged", s.proposalId, { title: p.title, item: reason });
  }
  await reindex(tx, ...sources.map((s) => ({ kind: "PROPOSAL" as const, id: s.proposalId })));
}

/**
 * A published item speaks for the cities behind it, so it always keeps at least one source: taking
 * away the last one is refused until the item is unpublished (docs/decisions/0007-agenda-provenance.md).
 */
async function assertKeepsASource(tx: Tx, item: { id: string; status: string }, removing: number) {
  if (item.status !== "PUBLISHED") return;
  const left = (await tx.agendaSource.count({ where: { agendaItemId: item.id } })) - removing;
  if (left < 1) throw new DomainError("lastSourceOfPublished");
}

/** Moves one source out of an item again; the proposal returns to the status it had before. */
export async function splitSource(db: Db, actor: Actor, agendaItemId: string, proposalId: string) {
  assertCan(actor, "agenda.manage");
  return db.$transaction(async (tx) => {
    const source = await tx.agendaSource.findFirst({ where: { agendaItemId, proposalId }, include: { agendaItem: true } });
    if (!source) throw new DomainError("sourceNotFound");
    assertNotClosed(source.agendaItem);
    await assertKeepsASource(tx, source.agendaItem, 1);
    await removeSources(tx, actor, [source], source.agendaItem.title);
    const version = source.agendaItem.version + 1;
    await tx.agendaItem.update({ where: { id: agendaItemId }, data: { version } });
    await recordVersion(tx, agendaItemId, version, actor);
    await recordAudit(tx, { actorId: actor.id, action: "agenda.split", entityType: "AgendaItem", entityId: agendaItemId, before: { proposalId }, after: { removed: proposalId } });
    return { sourcesLeft: await tx.agendaSource.count({ where: { agendaItemId } }) };
  });
}

/** Undoes one merge: all its sources go back; an item left empty and unpublished is removed. */
export async function undoMerge(db: Db, actor: Actor, mergeId: string) {
  assertCan(actor, "agenda.manage");
  return db.$transaction(async (tx) => {
    const sources = await tx.agendaSource.findMany({ where: { mergeId }, include: { agendaItem: true } });
    if (!sources.length) throw new DomainError("mergeNotFound");
    const item = sources[0].agendaItem;
    assertNotClosed(item);
    await assertKeepsASource(tx, item, sources.length);
    await removeSources(tx, actor, sources, item.title);
    const left = await tx.agendaSource.count({ where: { agendaItemId: item.id } });
    if (left === 0 && item.status === "DRAFT") {
      await recordAudit(tx, { actorId: actor.id, action: "agenda.undoMerge", entityType: "AgendaItem", entityId: item.id, before: await snapshot(tx, item.id), after: { deleted: true, mergeId } });
      await tx.agendaItem.delete({ where: { id: item.id } });
      await reindex(tx, { kind: "AGENDA_ITEM", id: item.id });
      return { deletedItem: true, agendaItemId: item.id };
    }
    await tx.agendaItem.update({ where: { id: item.id }, data: { version: item.version + 1 } });
    await recordVersion(tx, item.id, item.version + 1, actor);
    await recordAudit(tx, { actorId: actor.id, action: "agenda.undoMerge", entityType: "AgendaItem", entityId: item.id, after: { mergeId, removed: sources.map((s) => s.proposalId) } });
    return { deletedItem: false, agendaItemId: item.id };
  });
}

export async function setPublished(db: Db, actor: Actor, id: string, expectedVersion: number, published: boolean, now = new Date()) {
  assertCan(actor, "agenda.manage");
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id } });
    if (!item) throw new DomainError("itemNotFound");
    assertNotClosed(item);
    // An item with no source proposal would publish an agenda point no city asked for.
    if (published && (await tx.agendaSource.count({ where: { agendaItemId: id } })) === 0) throw new DomainError("publishWithoutSources");
    const updated = await tx.agendaItem.updateMany({
      where: { id, version: expectedVersion },
      data: { status: published ? "PUBLISHED" : "DRAFT", publishedAt: published ? (item.publishedAt ?? now) : null, version: expectedVersion + 1 },
    });
    if (updated.count !== 1) throw new DomainError("itemChangedMeanwhile");
    await recordVersion(tx, id, expectedVersion + 1, actor);
    // Publishing an item that asks every city to act commits every member city to it.
    if (published) await ensureCommitmentsForItem(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: published ? "agenda.publish" : "agenda.unpublish", entityType: "AgendaItem", entityId: id, before: { status: item.status }, after: { status: published ? "PUBLISHED" : "DRAFT" } });
    await reindex(tx, { kind: "AGENDA_ITEM", id });
  });
}

export async function reorderAgenda(db: Db, actor: Actor, order: string[], listKey: string) {
  assertCan(actor, "agenda.manage");
  return db.$transaction(async (tx) => {
    if ((await agendaListKey(tx)) !== listKey) throw new DomainError("listStale");
    const all = await tx.agendaItem.findMany({ where: { status: { not: "CLOSED" } }, select: { id: true, priority: true } });
    if (order.length !== all.length || new Set(order).size !== all.length || !order.every((id) => all.some((i) => i.id === id))) throw new DomainError("listStale");
    for (const [index, id] of order.entries()) await tx.agendaItem.update({ where: { id }, data: { priority: index + 1 } });
    await recordAudit(tx, { actorId: actor.id, action: "agenda.reorder", entityType: "AgendaItem", entityId: "*", before: all.sort((a, b) => a.priority - b.priority).map((i) => i.id), after: order });
  });
}

/** A suggested group the chair judged not alike: it is not suggested again (by the set of its proposals). */
export async function dismissCluster(db: Db, actor: Actor, proposalIds: string[]) {
  assertCan(actor, "agenda.manage");
  const key = clusterKey(proposalIds);
  await db.$transaction(async (tx) => {
    await tx.clusterDismissal.upsert({ where: { key }, create: { key, dismissedById: actor.id }, update: {} });
    await recordAudit(tx, { actorId: actor.id, action: "agenda.dismissCluster", entityType: "Cluster", entityId: key, after: { proposalIds } });
  });
}
