import { createTranslator } from "next-intl";
import type { Db, Tx } from "@/lib/db.server";
import { isLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
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

/**
 * The owner of an account that is being guessed at is told in the portal and, with SMTP, by e-mail in
 * their own language; admins see the same in the audit log. Nothing is locked (ADR 0005).
 */
export async function notifyAccountUnderAttack(db: Db, userId: string, params: { failures: number; address: string | null }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true } });
  if (!user) return;
  await db.notification.create({ data: { userId, kind: "account.signInFailures", params: JSON.stringify({ failures: String(params.failures) }) } });
  await db.auditEvent.create({
    data: { actorId: null, action: "auth.accountUnderAttack", entityType: "User", entityId: userId, after: JSON.stringify({ failures: params.failures, lastAddress: params.address }) },
  });
  const locale = isLocale(user.locale) ? user.locale : "id";
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "notifications" });
  await sendMail({ to: user.email, subject: t("signInFailuresMailSubject"), text: t("signInFailuresMailBody", { failures: params.failures }) });
}
