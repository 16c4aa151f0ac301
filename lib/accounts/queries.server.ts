import { openSessionCount } from "@/lib/auth/sessions.server";
import type { Db } from "@/lib/db.server";
import { accountFailures, accountsUnderAttack } from "./throttle.server";
import type { UserFilter } from "./schemas";

export const USERS_PAGE_SIZE = 50;

export async function listUsers(db: Db, filter: UserFilter, page = 1) {
  const where = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.cityId ? { cityId: filter.cityId } : {}),
    ...(filter.status ? { active: filter.status === "active" } : {}),
    ...(filter.q ? { OR: [{ name: { contains: filter.q } }, { email: { contains: filter.q.toLowerCase() } }] } : {}),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, city: { select: { name: true, slug: true } } },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** A user as the admin's page shows them: with open sessions and failed sign-ins of the last 15 minutes. */
export async function getUserDetail(db: Db, id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, role: true, active: true, locale: true, cityId: true, createdAt: true, lastSignInAt: true,
      city: { select: { name: true, slug: true } },
    },
  });
  if (!user) return null;
  const [openSessions, recentFailures] = await Promise.all([openSessionCount(db, user.id), accountFailures(db, user.email)]);
  return { ...user, openSessions, recentFailures };
}

export async function listPendingInvitations(db: Db, now = new Date()) {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, city: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
}

/** Accounts being guessed at right now (ATTACK_THRESHOLD failures in the window), with their user when one exists. */
export async function signInAlerts(db: Db, now = new Date()) {
  const rows = await accountsUnderAttack(db, now);
  const users = await db.user.findMany({ where: { email: { in: rows.map((r) => r.email) } }, select: { id: true, email: true, name: true } });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  return rows.map((r) => ({ ...r, user: byEmail.get(r.email) ?? null }));
}
