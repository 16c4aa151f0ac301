// Server-side sessions (docs/decisions/0004-sign-in.md). The session cookie is next-auth's signed
// token naming the user and one SignInSession row; a request is signed in only while that row is open,
// unexpired and its user active. Ending a session is one UPDATE, seen by every instance at once.
import type { Db, Tx } from "@/lib/db.server";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SessionEndReason = "signOut" | "admin" | "passwordChanged" | "passwordReset" | "deactivated";

export async function openSession(db: Db | Tx, userId: string, address: string | null, now = new Date()) {
  return db.signInSession.create({ data: { userId, address, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
}

/** The user of an open session, or null when the session ended, expired, or its user is inactive. */
export async function sessionUser(db: Db, sessionId: string, userId: string, now = new Date()) {
  const session = await db.signInSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true, expiresAt: true, revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, locale: true, active: true, cityId: true } },
    },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now || !session.user.active) return null;
  return session.user;
}

export async function endSessionById(db: Db | Tx, sessionId: string, reason: SessionEndReason, now = new Date()) {
  await db.signInSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
}

/** Ends every open session of a user (all devices); returns how many were open. */
export async function endUserSessions(db: Db | Tx, userId: string, reason: SessionEndReason, now = new Date()) {
  const { count } = await db.signInSession.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now, revokedReason: reason } });
  return count;
}

export async function openSessionCount(db: Db, userId: string, now = new Date()) {
  return db.signInSession.count({ where: { userId, revokedAt: null, expiresAt: { gt: now } } });
}

/** Sessions long over are of no use; removed on sign-in so the table stays small. */
export async function pruneSessions(db: Db, now = new Date()) {
  await db.signInSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } } });
}
