// In-app notifications: written in the caller's transaction, so the news and the change it reports
// commit together. E-mail, when configured, goes out after the transaction (lib/mail/outbox.server.ts).
import { recordAudit } from "@/lib/audit/audit.server";
import { getDb, type Db, type Tx } from "@/lib/db.server";
import { signInFailuresByMail } from "@/lib/mail/outbox.server";
import type { Actor } from "@/lib/policy/policy";

export type NotificationKind =
  | "proposal.accepted" | "proposal.revisionRequested" | "proposal.rejected" | "proposal.merged" | "proposal.unmerged"
  | "proposal.endorsed" | "comment.posted" | "comment.hidden"
  | "progress.reminder" | "evidence.clarify" | "account.signInFailures";

/** In-app notifications for every active delegate of a city, written in the caller's transaction. */
export async function notifyCityDelegates(tx: Tx, cityId: string, kind: NotificationKind, proposalId: string, params: Record<string, string>) {
  const delegates = await tx.user.findMany({ where: { cityId, role: "DELEGATE", active: true }, select: { id: true } });
  if (delegates.length) {
    await tx.notification.createMany({ data: delegates.map((d) => ({ userId: d.id, kind, proposalId, params: JSON.stringify(params) })) });
  }
}

/** A city's active delegates as mail recipients (address and language). */
export async function cityDelegateRecipients(db: Db, cityId: string) {
  return db.user.findMany({ where: { cityId, role: "DELEGATE", active: true }, select: { email: true, locale: true } });
}

async function unreadCount(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The signed-in user's unread count, for the header (0 for a visitor). */
export async function unreadFor(actor: Actor): Promise<number> {
  return actor ? unreadCount(getDb(), actor.id) : 0;
}

const KINDS: readonly NotificationKind[] = [
  "proposal.accepted", "proposal.revisionRequested", "proposal.rejected", "proposal.merged", "proposal.unmerged",
  "proposal.endorsed", "comment.posted", "comment.hidden", "progress.reminder", "evidence.clarify", "account.signInFailures",
];

/** News about a discussion: in the portal at once, by e-mail in one digest (lib/discussion/digest.server.ts). */
export const DISCUSSION_KINDS = ["comment.posted", "comment.hidden"] as const satisfies readonly NotificationKind[];

/** Where a notification leads: the thread or proposal it is about, the city's commitments, or one's own account. */
function linkOf(kind: NotificationKind, proposalId: string | null, params: Record<string, string>): string | null {
  if (params.href?.startsWith("/") && !params.href.startsWith("//")) return params.href;
  if (proposalId) return `/proposals/${proposalId}`;
  return kind === "progress.reminder" ? "/workspace/commitments" : kind === "account.signInFailures" ? "/account" : null;
}

/** The signed-in user's latest notifications (each person reads only their own), with where each leads. */
export async function notificationsFor(actor: NonNullable<Actor>) {
  const rows = await getDb().notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 });
  return rows
    .filter((n): n is typeof n & { kind: NotificationKind } => (KINDS as readonly string[]).includes(n.kind))
    .map((n) => {
      const params = JSON.parse(n.params) as Record<string, string>;
      return { id: n.id, kind: n.kind, readAt: n.readAt, createdAt: n.createdAt, params, href: linkOf(n.kind, n.proposalId, params) };
    });
}

export async function markAllRead(db: Db, userId: string, now = new Date()) {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
}

/**
 * The owner of an account that is being guessed at is told in the portal and, with SMTP, by e-mail in
 * their own language; admins see the same in the audit log. Nothing is locked (ADR 0005).
 */
export async function notifyAccountUnderAttack(db: Db, userId: string, params: { failures: number; address: string | null }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true } });
  if (!user) return;
  await db.notification.create({ data: { userId, kind: "account.signInFailures" satisfies NotificationKind, params: JSON.stringify({ failures: String(params.failures) }) } });
  await recordAudit(db, { actorId: null, action: "auth.accountUnderAttack", entityType: "User", entityId: userId, after: { failures: params.failures, lastAddress: params.address } });
  await signInFailuresByMail(user, params.failures);
}
