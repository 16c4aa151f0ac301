import type { Db, Tx } from "@/lib/db.server";
import { sendMail } from "@/lib/mail/mailer.server";

export type NotificationKind = "proposal.accepted" | "proposal.revisionRequested" | "proposal.rejected" | "proposal.merged" | "proposal.unmerged";

/** In-app notifications for every active delegate of a city, written in the caller's transaction. */
export async function notifyCityDelegates(tx: Tx, cityId: string, kind: NotificationKind, proposalId: string, params: Record<string, string>) {
  const delegates = await tx.user.findMany({ where: { cityId, role: "DELEGATE", active: true }, select: { id: true } });
  if (delegates.length) {
    await tx.notification.createMany({ data: delegates.map((d) => ({ userId: d.id, kind, proposalId, params: JSON.stringify(params) })) });
  }
}

/** After the transaction: the same news by email, when SMTP is configured. Best effort. */
export async function emailCityDelegates(db: Db, cityId: string, subject: string, text: string) {
  const delegates = await db.user.findMany({ where: { cityId, role: "DELEGATE", active: true }, select: { email: true } });
  await Promise.all(delegates.map((d) => sendMail({ to: d.email, subject, text })));
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(db: Db, userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 100 });
}

export async function markAllRead(db: Db, userId: string, now = new Date()) {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
}
