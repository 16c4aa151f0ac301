import { openSessionCount } from "@/lib/auth/sessions.server";
import { getDb, type Db } from "@/lib/db.server";
import { listCityOptions } from "@/lib/cities/queries.server";
import { pageCount, slice } from "@/lib/paging";
import { can, type Actor } from "@/lib/policy/policy";
import { hashToken } from "./tokens.server";
import { accountFailures, accountsUnderAttack } from "./throttle.server";
import { ROLES, type UserFilter } from "./schemas";

const USERS_PAGE_SIZE = 50;

async function listUsers(db: Db, filter: UserFilter, page = 1) {
  const { skip, take } = slice(page, USERS_PAGE_SIZE);
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
      skip,
      take,
      select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, city: { select: { name: true, slug: true } } },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, pages: pageCount(total, USERS_PAGE_SIZE) };
}

/** A user as the admin's page shows them: with open sessions and failed sign-ins of the last 15 minutes. */
async function getUserDetail(db: Db, id: string) {
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

async function listPendingInvitations(db: Db, now = new Date()) {
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

type TokenStatus = "valid" | "expired" | "used" | "revoked" | "unknown";

/** What an invitation link is worth: the page says valid, used, revoked, expired or unknown. */
export async function invitationByToken(token: string, now = new Date(), db: Db = getDb()) {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { city: { select: { name: true } } } });
  const status: TokenStatus = !invitation ? "unknown"
    : invitation.acceptedAt ? "used"
    : invitation.revokedAt ? "revoked"
    : invitation.expiresAt <= now ? "expired"
    : "valid";
  return { status, invitation };
}

/** What a password-reset link is worth, for its page. */
export async function resetByToken(token: string, now = new Date(), db: Db = getDb()) {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true, name: true, active: true } } } });
  const status: TokenStatus = !reset ? "unknown" : reset.usedAt ? "used" : reset.expiresAt <= now ? "expired" : "valid";
  return { status, reset };
}

/** The signed-in user's own account page: their city's name, if they have one. */
export async function ownAccount(actor: NonNullable<Actor>) {
  const city = actor.cityId ? await getDb().city.findUnique({ where: { id: actor.cityId }, select: { name: true } }) : null;
  return { cityName: city?.name ?? null };
}

// Page queries of the people pages (user.view: admins and the secretariat).

export async function usersPage(actor: Actor, filter: UserFilter, page: number) {
  if (!can(actor, "user.view")) return null;
  const db = getDb();
  const [list, invitations, cities] = await Promise.all([listUsers(db, filter, page), listPendingInvitations(db), listCityOptions(db)]);
  return { ...list, invitations, cities };
}

export async function userPage(actor: Actor, id: string) {
  if (!can(actor, "user.view")) return null;
  const db = getDb();
  const [user, cities] = await Promise.all([getUserDetail(db, id), listCityOptions(db)]);
  return user ? { user, cities } : null;
}

/** What the invitation form offers: the cities, and the roles this person may grant. */
export async function invitationForm(actor: Actor) {
  if (!can(actor, "user.invite", { role: "DELEGATE" })) return null;
  return { cities: await listCityOptions(getDb()), roles: ROLES.filter((role) => can(actor, "user.invite", { role })) };
}

/** For the admins: accounts being guessed at right now. */
export async function signInAlertsFor(actor: Actor) {
  return can(actor, "user.manage") ? signInAlerts(getDb()) : [];
}
