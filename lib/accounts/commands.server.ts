// Account writes: invitations, activation, roles, passwords. One transaction each, audited. Secrets
// (passwords, tokens) never reach the audit log.
import { recordAudit } from "@/lib/audit/audit.server";
import { hashPassword, verifyPassword } from "@/lib/auth/password.server";
import { endUserSessions } from "@/lib/auth/sessions.server";
import { invitationByMail, passwordResetByMail } from "@/lib/mail/outbox.server";
import { assertCan, type Actor as PolicyActor } from "@/lib/policy/policy";
import { clearAccount } from "./throttle.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { InviteInput, UserRoleInput } from "./schemas";
import { hashToken, INVITATION_TTL_MS, newToken, PASSWORD_RESET_TTL_MS } from "./tokens.server";

type Actor = NonNullable<PolicyActor>;
/** Where the one-time links of invitations and resets point, and the language their e-mail is in. */
type LinkContext = { origin: string; locale: string };

async function assertCityFor(tx: Tx, role: string, cityId: string | undefined) {
  if (role !== "DELEGATE") return;
  if (!cityId || !(await tx.city.findUnique({ where: { id: cityId }, select: { id: true } }))) throw new DomainError("cityUnknown", "cityId");
}

/**
 * Creates a one-time invitation (an earlier pending one to the same address is revoked) and e-mails
 * the link when SMTP is configured, in the inviter's language. The link is returned to be shown once.
 */
export async function inviteUser(db: Db, actor: Actor, input: InviteInput, context: LinkContext, now = new Date()) {
  assertCan(actor, "user.invite", { role: input.role });
  const { token, hash } = newToken();
  const invitation = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new DomainError("emailTaken", "email");
    await assertCityFor(tx, input.role, input.cityId);
    await tx.invitation.updateMany({ where: { email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.invitation.create({
      data: { email: input.email, role: input.role, cityId: input.cityId ?? null, tokenHash: hash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), createdById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "user.invite", entityType: "Invitation", entityId: created.id,
      after: { email: created.email, role: created.role, cityId: created.cityId, expiresAt: created.expiresAt },
    });
    return created;
  });
  const link = `${context.origin}/invitation/${token}`;
  const mailed = await invitationByMail({ email: invitation.email, locale: context.locale }, link, invitation.expiresAt);
  return { invitation, token, link, mailed };
}

/** Turns a valid invitation into an account; the token works once. */
export async function acceptInvitation(db: Db, token: string, input: { name: string; password: string }, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!invitation || invitation.revokedAt) throw new DomainError("invitationInvalid");
    if (invitation.acceptedAt) throw new DomainError("invitationUsed");
    if (invitation.expiresAt <= now) throw new DomainError("invitationExpired");
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new DomainError("emailTaken");
    // Claim the invitation first: of two racing acceptances only one matches.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new DomainError("invitationUsed");
    const user = await tx.user.create({
      data: { email: invitation.email, name: input.name, role: invitation.role, cityId: invitation.cityId, passwordHash, passwordChangedAt: now },
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedUserId: user.id } });
    await recordAudit(tx, {
      actorId: user.id, action: "user.acceptInvitation", entityType: "User", entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, cityId: user.cityId, invitationId: invitation.id },
    });
    return user;
  });
}

export async function setUserActive(db: Db, actor: Actor, userId: string, active: boolean) {
  assertCan(actor, "user.manage");
  if (userId === actor.id && !active) throw new DomainError("cannotDeactivateSelf");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
    if (!before) throw new DomainError("userNotFound");
    const after = await tx.user.update({ where: { id: userId }, data: { active } });
    const ended = active ? 0 : await endUserSessions(tx, userId, "deactivated");
    await recordAudit(tx, { actorId: actor.id, action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: userId, before: { active: before.active }, after: { active, ...(active ? {} : { sessionsEnded: ended }) } });
    return after;
  });
}

export async function changeUserRole(db: Db, actor: Actor, userId: string, input: UserRoleInput) {
  assertCan(actor, "user.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, cityId: true } });
    if (!before) throw new DomainError("userNotFound");
    if (userId === actor.id && before.role === "ADMIN" && input.role !== "ADMIN") throw new DomainError("cannotDemoteSelf", "role");
    await assertCityFor(tx, input.role, input.cityId);
    const after = await tx.user.update({ where: { id: userId }, data: { role: input.role, cityId: input.cityId ?? null } });
    await recordAudit(tx, {
      actorId: actor.id, action: "user.changeRole", entityType: "User", entityId: userId,
      before: { role: before.role, cityId: before.cityId }, after: { role: after.role, cityId: after.cityId },
    });
    return after;
  });
}

/**
 * A one-time reset link for a user (earlier unused links stop working), e-mailed to them in their
 * language when SMTP is configured, and returned to be shown once to the admin.
 */
export async function issuePasswordReset(db: Db, actor: Actor, userId: string, context: LinkContext, now = new Date()) {
  assertCan(actor, "user.manage");
  const { token, hash } = newToken();
  const { reset, user } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true } });
    if (!user) throw new DomainError("userNotFound");
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    const created = await tx.passwordReset.create({ data: { userId, tokenHash: hash, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS), createdById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "user.issuePasswordReset", entityType: "User", entityId: userId, after: { expiresAt: created.expiresAt } });
    return { reset: created, user };
  });
  const link = `${context.origin}/reset-password/${token}`;
  const mailed = await passwordResetByMail(user, link, reset.expiresAt);
  return { reset, token, link, email: user.email, mailed };
}

/** Sets a new password from a reset link; every existing session of the user ends. */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!reset) throw new DomainError("resetInvalid");
    if (reset.usedAt) throw new DomainError("resetUsed");
    if (reset.expiresAt <= now) throw new DomainError("resetExpired");
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new DomainError("resetUsed");
    const user = await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, passwordChangedAt: now } });
    const ended = await endUserSessions(tx, user.id, "passwordReset", now);
    await recordAudit(tx, { actorId: user.id, action: "user.resetPassword", entityType: "User", entityId: user.id, after: { sessionsEnded: ended } });
    return user;
  });
  // A completed reset always restores access: addresses slowed down for this account start afresh.
  await clearAccount(db, user.email);
  return user;
}

/** The signed-in user's own password change: the current password is required. */
export async function changeOwnPassword(db: Db, actor: Actor, current: string, password: string, now = new Date()) {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(current, user.passwordHash))) throw new DomainError("currentWrong", "current");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: now } });
    // Every session ends, this one too; the action opens a fresh one for the person who changed it.
    const ended = await endUserSessions(tx, actor.id, "passwordChanged", now);
    await recordAudit(tx, { actorId: actor.id, action: "user.changePassword", entityType: "User", entityId: actor.id, after: { sessionsEnded: ended } });
    return updated;
  });
}

/** An admin ends every session of a user (a lost phone, a shared computer): they must sign in again. */
export async function endSessionsOf(db: Db, actor: Actor, userId: string, now = new Date()) {
  assertCan(actor, "user.manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new DomainError("userNotFound");
    const ended = await endUserSessions(tx, userId, "admin", now);
    await recordAudit(tx, { actorId: actor.id, action: "auth.sessionsEnded", entityType: "User", entityId: userId, after: { sessionsEnded: ended } });
    return { ended };
  });
}

export async function setOwnLocale(db: Db, actor: Actor, locale: Locale) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { locale: true } });
    if (!before) throw new DomainError("userNotFound");
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await recordAudit(tx, { actorId: actor.id, action: "user.setLocale", entityType: "User", entityId: actor.id, before, after: { locale } });
  });
}
