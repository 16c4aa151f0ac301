// Discussion on a sent proposal or an agenda item. Each write is one transaction: the comment, the
// thread's count on the proposal, the notifications and the audit event commit together, and the
// policy is asked about the rows read in that transaction (the subject, then the comment).
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import type { NotificationKind } from "@/lib/notifications/notify.server";
import { assertCan, assertRecordAccess, NotFoundError, type Actor } from "@/lib/policy/policy";
import { reindex } from "@/lib/search/index.server";
import { RATE_LIMIT, RATE_WINDOW_MINUTES, threadKey, type Subject } from "./schemas";

type Member = NonNullable<Actor>;

/** Proposals whose thread is open: sent and not taken back. A decision does not end the discussion. */
const OPEN_PROPOSAL = ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED"] as const;

/** `href` is the page the thread is on, without an anchor. */
type ThreadSubject = { title: string; href: string; proposalCityId: string | null; open: boolean };

/**
 * The subject of a thread as the actor may see it, read in the transaction: a proposal through
 * proposal.view (never another city's draft), an agenda item through agenda.view (drafts only for the
 * chair and secretariat). Anything else is not found.
 */
async function subjectFor(tx: Tx, actor: Member, subject: Subject): Promise<ThreadSubject> {
  if (subject.kind === "proposal") {
    const p = await tx.proposal.findUnique({ where: { id: subject.id }, select: { cityId: true, status: true, title: true } });
    assertRecordAccess(actor, p, (row) => ({ cityId: row.cityId, status: row.status }), "proposal.view", "comment.view");
    if (p.status === "DRAFT") throw new NotFoundError();
    return { title: p.title, href: `/proposals/${subject.id}`, proposalCityId: p.cityId, open: (OPEN_PROPOSAL as readonly string[]).includes(p.status) };
  }
  const item = await tx.agendaItem.findUnique({ where: { id: subject.id }, select: { status: true, title: true } });
  assertRecordAccess(actor, item, (row) => ({ status: row.status }), "agenda.view", "comment.view");
  const href = item.status === "PUBLISHED" ? `/agenda/${subject.id}` : `/agenda/manage/${subject.id}`;
  return { title: item.title, href, proposalCityId: null, open: true };
}

const subjectWhere = (s: Subject) => (s.kind === "proposal" ? { proposalId: s.id } : { agendaItemId: s.id });

/**
 * Who hears of a new comment: the proposal's city delegates (or, on an agenda item, the chair and
 * secretariat) and everyone who wrote in the thread before, except the writer and whoever muted it.
 */
async function listeners(tx: Tx, subject: Subject, s: ThreadSubject, writerId: string): Promise<string[]> {
  const [owners, earlier, muted] = await Promise.all([
    s.proposalCityId
      ? tx.user.findMany({ where: { cityId: s.proposalCityId, role: "DELEGATE", active: true }, select: { id: true } })
      : tx.user.findMany({ where: { role: { in: ["CHAIR", "SECRETARIAT"] }, active: true }, select: { id: true } }),
    tx.comment.findMany({ where: { ...subjectWhere(subject), authorId: { not: null } }, distinct: ["authorId"], select: { authorId: true } }),
    tx.threadMute.findMany({ where: { thread: threadKey(subject) }, select: { userId: true } }),
  ]);
  const silent = new Set([writerId, ...muted.map((m) => m.userId)]);
  const ids = new Set([...owners.map((o) => o.id), ...earlier.map((e) => e.authorId!).filter(Boolean)]);
  const active = await tx.user.findMany({ where: { id: { in: [...ids].filter((id) => !silent.has(id)) }, active: true }, select: { id: true } });
  return active.map((u) => u.id);
}

async function notify(tx: Tx, userIds: string[], kind: NotificationKind, subject: Subject, params: Record<string, string>) {
  if (!userIds.length) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId, kind, params: JSON.stringify(params),
      proposalId: subject.kind === "proposal" ? subject.id : null,
      agendaItemId: subject.kind === "agenda" ? subject.id : null,
    })),
  });
}

/** The thread's proposal or agenda item, whose search rows hold its visible comments. */
const searchRoot = (subject: Subject) => ({ kind: subject.kind === "proposal" ? ("PROPOSAL" as const) : ("AGENDA_ITEM" as const), id: subject.id });

async function countChange(tx: Tx, subject: Subject, by: 1 | -1) {
  if (subject.kind === "proposal") await tx.proposal.update({ where: { id: subject.id }, data: { commentCount: { increment: by } } });
}

/** A member's comment, or a reply to a top-level comment of the same thread. */
export async function postComment(db: Db, actor: Member, subject: Subject, input: { body: string; parentId?: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const s = await subjectFor(tx, actor, subject);
    assertCan(actor, "comment.post");
    if (!s.open) throw new DomainError("threadClosed");
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId }, select: { parentId: true, proposalId: true, agendaItemId: true, status: true } });
      const sameThread = parent && (subject.kind === "proposal" ? parent.proposalId === subject.id : parent.agendaItemId === subject.id);
      if (!parent || !sameThread) throw new DomainError("parentUnknown");
      // Replies are one level deep: answering a reply joins its parent's conversation.
      if (parent.parentId) input = { ...input, parentId: parent.parentId };
      if (parent.status === "HIDDEN") throw new DomainError("parentHidden");
    }
    const since = new Date(now.getTime() - RATE_WINDOW_MINUTES * 60_000);
    const recent = await tx.comment.count({ where: { authorId: actor.id, createdAt: { gte: since, lte: now } } });
    if (recent >= RATE_LIMIT) throw new DomainError("tooMany", "body", { count: RATE_LIMIT, minutes: RATE_WINDOW_MINUTES });
    const comment = await tx.comment.create({
      data: { ...subjectWhere(subject), parentId: input.parentId ?? null, authorId: actor.id, cityId: actor.role === "DELEGATE" ? actor.cityId : null, body: input.body, createdAt: now },
    });
    await countChange(tx, subject, 1);
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    await notify(tx, await listeners(tx, subject, s, actor.id), "comment.posted", subject, { title: s.title, author: author.name, href: `${s.href}#comment-${comment.id}` });
    await recordAudit(tx, { actorId: actor.id, action: "comment.post", entityType: "Comment", entityId: comment.id, after: { thread: threadKey(subject), parentId: input.parentId ?? null } });
    await reindex(tx, searchRoot(subject));
    return { id: comment.id, href: s.href };
  });
}

/** A comment as its thread's subject and the author rule see it, read in the transaction. */
async function commentFor(tx: Tx, actor: Member, id: string) {
  const c = await tx.comment.findUnique({ where: { id } });
  if (!c) throw new NotFoundError();
  const subject: Subject = c.proposalId ? { kind: "proposal", id: c.proposalId } : { kind: "agenda", id: c.agendaItemId! };
  const s = await subjectFor(tx, actor, subject);
  return { comment: c, subject, s, href: s.href };
}

/** The author rewrites their comment; the earlier text is kept and the comment shows as edited. */
export async function editComment(db: Db, actor: Member, id: string, body: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { comment, subject, href } = await commentFor(tx, actor, id);
    assertCan(actor, "comment.edit", { authorId: comment.authorId });
    if (comment.status !== "VISIBLE") throw new DomainError("notEditable");
    if (comment.body === body) return { href };
    await tx.commentVersion.create({ data: { commentId: id, body: comment.body, createdAt: comment.editedAt ?? comment.createdAt } });
    await tx.comment.update({ where: { id }, data: { body, editedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "comment.edit", entityType: "Comment", entityId: id });
    await reindex(tx, searchRoot(subject));
    return { href };
  });
}

/** The author takes their comment back: the thread says a comment was withdrawn; replies stay. */
export async function withdrawComment(db: Db, actor: Member, id: string) {
  return db.$transaction(async (tx) => {
    const { comment, subject, href } = await commentFor(tx, actor, id);
    assertCan(actor, "comment.withdraw", { authorId: comment.authorId });
    if (comment.status !== "VISIBLE") throw new DomainError("notEditable");
    await tx.comment.update({ where: { id }, data: { status: "WITHDRAWN" } });
    await countChange(tx, subject, -1);
    await recordAudit(tx, { actorId: actor.id, action: "comment.withdraw", entityType: "Comment", entityId: id });
    await reindex(tx, searchRoot(subject));
    return { href };
  });
}

/** The chair or secretariat hides a comment with a reason; the author is told why. */
export async function hideComment(db: Db, actor: Member, id: string, reason: string) {
  return db.$transaction(async (tx) => {
    const { comment, subject, s } = await commentFor(tx, actor, id);
    assertCan(actor, "comment.hide");
    if (comment.status !== "VISIBLE") throw new DomainError("notEditable");
    await tx.comment.update({ where: { id }, data: { status: "HIDDEN", hiddenReason: reason, hiddenById: actor.id } });
    await countChange(tx, subject, -1);
    if (comment.authorId) await notify(tx, [comment.authorId], "comment.hidden", subject, { title: s.title, reason, href: s.href });
    await recordAudit(tx, { actorId: actor.id, action: "comment.hide", entityType: "Comment", entityId: id, after: { reason } });
    await reindex(tx, searchRoot(subject));
    return { href: s.href };
  });
}

/** A member stops (or starts again) hearing about new comments in a thread they can see. */
export async function setThreadMuted(db: Db, actor: Member, subject: Subject, muted: boolean) {
  return db.$transaction(async (tx) => {
    const { href } = await subjectFor(tx, actor, subject);
    const key = { userId: actor.id, thread: threadKey(subject) };
    if (muted) await tx.threadMute.upsert({ where: { userId_thread: key }, create: key, update: {} });
    else await tx.threadMute.deleteMany({ where: key });
    return { href };
  });
}
